// The knowledge layer: entities, aliases, mentions, matcher, lookup (built by the corpus issue).
import Corpus
