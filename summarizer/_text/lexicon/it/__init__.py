"""Italian: the words the reporting-clause finder and the calendar read (see ``..clauses``)."""
