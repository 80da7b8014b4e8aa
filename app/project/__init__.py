"""The user's documents: .diplomat project files, the autosave journal and the settings file."""
