"""Portuguese layout words: a dateline ("Lisboa, 13 de março de 2020") uses the calendar's."""
