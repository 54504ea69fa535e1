"""Dutch layout words: a dateline ("Den Haag, 13 maart 2020") uses the calendar's."""
