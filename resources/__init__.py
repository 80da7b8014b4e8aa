"""Bundled data (fonts, icons, lexicons, rules, duties, translations), shipped as package data;
read through app.resources, never by path."""
