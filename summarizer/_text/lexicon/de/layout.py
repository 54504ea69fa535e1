"""German layout words: a dateline ("Berlin, 13. März 2020") uses the calendar's."""
