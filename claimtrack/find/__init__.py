"""Every occurrence of numbers, dates and word-list phrases in a text, with spans."""
