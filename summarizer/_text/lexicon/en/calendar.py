"""English calendar words: weekdays, months and their abbreviations, time zones."""

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
MONTHS = "january february march april may june july august september october november december"
# Written with a full stop before a day or a year ("Sept. 4"); "may" has none.
MONTH_ABBREVIATIONS = "jan feb mar apr jun jul aug sep sept oct nov dec"
WEEKDAY_ABBREVIATIONS = "mon tue tues wed thu thur thurs fri sat sun"
# Zones a clock time names ("10 a.m. ET"), capitalised in the text.
TIME_ZONES = "et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest"
# Days named relative to the publication date.
RELATIVE_DAYS = "today yesterday tomorrow tonight"
PARTS_OF_DAY = "morning afternoon evening night"
