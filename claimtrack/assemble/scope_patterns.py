"""The scope readers' pattern texts: places, events, tallying holders and periods.

Compiled with the lexicon's word lists (places, events, tallying verbs, periods) by
:func:`.figure_words.compile_patterns`.
"""

from __future__ import annotations

# Place: "in Nepal", "across the Gaza Strip", "in neighboring India", "at the Everest base camp".
# One place name: "Chile", "Valparaíso", "Bosnia and Herzegovina" is two, "Isle of Man" one.
_NAME = r"\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++(?:of[^\S\n]++)?\p{Lu}[\p{L}'’.-]*+){0,3}+"
# A name in a list of places, never a possessive: not "India, and China's Xinhua".
_LISTED = r"\p{Lu}[\p{L}.-]*+(?:[^\S\n]++(?:of[^\S\n]++)?\p{Lu}[\p{L}.-]*+){0,3}+(?![\p{L}'’])"
# Place: "in Nepal", "across the Gaza Strip", "in the border town of Ost", and coordinated
# names, one combined count: "in Chile and Argentina", "in Kessel and Ambry provinces".
PLACE_PREPOSITIONS = r"(?i:in|across|at|near|on|inside|within|throughout|off|around)"
PLACE = (
    r"""
    (?<!\w)"""
    + PLACE_PREPOSITIONS
    + r"""[^\S\n]++(?:the[^\S\n]++)?
    (?:(?:neighbou?ring|(?:north|south)?(?:east|west)ern|northern|southern|central|nearby
       |hard-hit|border|coastal|remote|rural|mountain|port|frontline)[^\S\n]++)?
    (?:(?P<owner>\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{Lu}[\p{L}.-]*+){0,2}+)['’]s[^\S\n]++
      (?:(?:northern|southern|eastern|western|central|coastal|border)[^\S\n]++)?
      (?=\L<places>s?(?!\w))   # "across Varnland's southern provinces": the owner is the place
    # not a modifier of a kind of place or site whose name follows: "the Velorian island of
    # Tarsa", "the Velk port of Tarvik" (the site's name is read by its own reader)
    |(?!\p{Lu}\p{L}*+[^\S\n]++(?:\L<places>|\L<sites>)[^\S\n]++of[^\S\n]++\p{Lu})
     (?P<name>"""
    + _NAME
    # "Chile and Argentina"; "Ossory, Pell and Marrow" (a comma before "and" only in a list)
    + r"(?:(?:[^\S\n]*+,[^\S\n]*+"
    + _LISTED
    + r")++,?[^\S\n]++and[^\S\n]++"
    + _LISTED
    + r"|[^\S\n]++and[^\S\n]++"
    + _LISTED
    + r")?+"
    + r"""
      )(?:[^\S\n]++\L<places>(?!\w))?
      # "in government-held areas", "in the rebel-held northwest": a side's part of the place;
      # a word before a kind of place whose name follows: "in the market district of Dunmarsh"
      |(?:(?:\p{L}++[^\S\n]++){1,2}?(?=\L<places>s?[^\S\n]++of[^\S\n]++\p{Lu}))?
       (?P<generic>(?P<held>\p{L}++-(?:held|controlled|run)[^\S\n]++)?\L<places>(?(held)s?))
       (?:s(?=[^\S\n]++of[^\S\n]))?(?![\w'’])
       # "near the village of Marra", "in the provinces of Arn and Bel": the names after "of"
       (?:[^\S\n]++of[^\S\n]++(?P<named>"""
    + _LISTED
    + r"(?:(?:[^\S\n]*+,[^\S\n]*+"
    + _LISTED
    + r")*+,?[^\S\n]++and[^\S\n]++"
    + _LISTED
    + r")?+"
    + r"""))?)
"""
)
EVENT = r"""
    (?<!\w)(?:in|from|by|during|after|since)[^\S\n]++
    # the words of an event's name are no prepositions: "displaced in Kerrin since the floods"
    # names a place and a period, not an event "Kerrin since the floods"
    # a determiner only first: "by the harbour brought the cyclone" is no event's name
    (?P<event>(?:(?:the|a|an|that|this|last)[^\S\n]++)?
    (?:(?:(?!(?:in|on|at|to|from|by|since|during|after|before|of|for|and|or|with|the|a|an|that
    |this)(?!\w))\p{L}+(?:['’]s)?|[0-9]+)[^\S\n]++){0,3}?
    \L<events>)(?!\w)
"""
# The subject of the casualty verb that governs a count: "The 1985 quake killed 2,000 people".
EVENT_SUBJECT = r"""
    # "Tuesday's magnitude 6.1 quake": a day's or a place's event, its magnitude
    (?<![\w'’])(?P<event>(?:the|a|an|that|this|last|its|their|(?-i:\p{Lu}\p{Ll}+)['’]s)[^\S\n]++
    (?:(?:[0-9]{4}|[0-9]{1,2}\.[0-9]|(?!(?:of|in|on|at|to|for|from|by|the|a|an)(?!\w))\p{L}+)
    [^\S\n]++){0,3}?\L<events>)
    # "the 2010 floods, the worst in its history, which killed 1,985 people"
    [^\S\n]*+(?:,[^,;\n]{0,80}+,[^\S\n]*+)?(?:(?:which|that)[^\S\n]++)?
    (?:(?:has|have|had)[^\S\n]++)?(?:\p{L}+ly[^\S\n]++)?\Z
"""
# A place that holds a tally as the subject of its verb: "Dorr province has registered 412
# deaths", "Harrow, the worst-hit town, has lost 77 people", "Elm accounted for 69 of the dead".
# An adverb between a holder and its verb: "Sindh alone has lost", "Dorr has so far recorded".
_HOLDER_ADVERB = (
    r"(?:(?:now|also|already|alone|since|so[^\S\n]++far|thus[^\S\n]++far|(?-i:\p{Ll}++ly))"
    r"[^\S\n]++)?"
)
HOLDER = (
    r"""
    (?<![\p{L}'’])(?P<name>(?-i:\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{Lu}[\p{L}.-]*+){0,3}+))
    (?:[^\S\n]++\L<places>)?(?:[^\S\n]*+,[^,;\n]{1,60}+,)?
    [^\S\n]++"""
    + _HOLDER_ADVERB
    + r"(?:(?:has|have|had)[^\S\n]++)?"
    + _HOLDER_ADVERB
    + r"""\L<tallying>
    (?:[^\S\n]++(?:a[^\S\n]++total[^\S\n]++of|another|the))?[^\S\n]++\Z
"""
)
PERIOD = r"(?<!\w)(?P<period>\L<periods>[^\S\n]++[^,;.:()\n]{1,50}+)"
# A name that modifies a site, after a determiner or a possessor: "on a Velk school", "from
# the Orsa market attack", "Monday's Tarn bus bombing" (the name: where it happened).
SITE = (
    r"(?<![\p{L}])(?:(?i:a|an|the)|\p{L}+['\u2019]s)[^\S\n]++"
    r"(?:(?P<name>\p{Lu}[\p{L}-]*+(?:[^\S\n]++\p{Lu}[\p{L}-]*+){0,2}?)[^\S\n]++)??"
    r"(?i:\L<sites>)(?![\p{L}])"
    # the name after "of" is the site's own: "the Velk port of Tarvik" is in Tarvik
    r"(?:[^\S\n]++of[^\S\n]++(?P<of>\p{Lu}[\p{L}-]*+(?:[^\S\n]++\p{Lu}[\p{L}-]*+){0,2}))?"
    r"(?(name)|(?(of)|(?!)))"
)
