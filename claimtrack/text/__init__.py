"""Text as tokens, sentences, paragraphs and quotations, with character offsets; nothing more."""
