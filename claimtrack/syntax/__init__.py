"""One sentence structure for every reader: clauses, verb groups, noun phrases, attachments."""
