"""Who said what: speakers, attributions (cue, source, content) and coreference."""
