"""Spanish layout words: a dateline ("Madrid, 13 de marzo de 2020") uses the calendar's."""
