"""French layout words: a dateline's date ("Paris, le 13 mars 2020") uses the calendar's."""
