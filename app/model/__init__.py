"""Plain data the rest builds on: designs, formats, duties, colours and the layout report. No Qt."""
