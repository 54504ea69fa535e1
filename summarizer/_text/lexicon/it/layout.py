"""Italian layout words: a dateline ("Roma, 13 marzo 2020") uses the calendar's."""
