#!/usr/bin/env python3
"""Builds the gum-news test corpus and its gold file from GUM's Wikinews news documents.

Usage: scripts/gum-news.py CONLLU_FOLDER [--out ROOT] [--gum-commit HASH]

CONLLU_FOLDER holds GUM's `GUM_news_*.conllu` files (the `dep/` folder of
https://github.com/amir-zeldes/gum); GUM's LICENSE.txt, when it is in that folder or the one
above, gives the annotators' names for the attribution. ROOT is the repository root (default:
the folder above this script); HASH, the GUM commit the files come from, is written into the
attribution. For example:

    git clone https://github.com/amir-zeldes/gum /tmp/gum
    scripts/gum-news.py /tmp/gum/dep --gum-commit "$(git -C /tmp/gum rev-parse HEAD)"

Writes:

- Tests/Corpora/gum-news/<name>.txt: each document's text rebuilt from its tokens (a space
  after every token unless SpaceAfter=No), the title (meta::title) as the first line, then one
  paragraph per `# newpar`, paragraphs separated by a blank line. The first paragraph is left
  out when it is the title itself.
- Tests/Corpora/gum-news/LICENSE: the licences and the attribution of texts and annotations
  (no extension: Dossier reads every .txt and .md of a corpus folder as an article).
- Tests/Gold/gum-news.json: the gold file (Sources/Knowledge/Evaluation/GoldFile.swift).

Only the standard library is used. Nothing of GUM is copied but the texts and what its
annotation says.

How GUM's annotation becomes gold
---------------------------------
GUM marks every mention of every entity in the MISC column as
`Entity=(GRP-etype-infstat-salience-centering-minspan-link-identity` ... `GRP)`: its group
(one entity of the document), its type (person, place, organization, event, abstract, object,
time, ...), its minimal span, how it links to the mention before it (coref, appos, ...) and,
for entities that have a Wikipedia article, the article's title as identity. Mentions span
whole noun phrases ("U.S. President Donald Trump 's", "the team", "his"), so a name's span is
read from the mention's tokens:

- the mention's head is the token nearest the top of its dependency tree, among its tokens
  that are not inside a mention of another entity nested in it ("Aceh" of "Aceh, Indonesia");
- a mention is a proper-name mention when that head is a proper noun (Penn tag NNP or NNPS) and not a
  title or honorific ("the President" names Donald Trump without his name);
- the name is the run of proper nouns around the head (or right after a common-noun head: "the
  news agency Korean Central News Agency"), with the hyphens, apostrophes, numbers and
  lower-case connectors (of, the, and, for, de, al, ...) between them, inside the mention; a
  possessive "'s" joins words of a place's or an institution's name ("Korean People's Army")
  unless what it follows is a name of its own ("North Korea's army").
  A person's name stops at a title ("President", "Ambassador") or at a mention of another
  entity ("the United States" in "Afghan Ambassador to the United States Hamdullah Mohib"); a
  place's or an institution's name runs over names inside it ("United States Navy");
- names inside a longer name are not mentions of their own ("United States" of "United
  States Navy"), as in CoNLL's flat annotation;
- kinds: GUM's person, place, organization and event are the same kinds; a person type
  named by a plural proper noun ("Muslims", "Bangladeshis") is a group, not a person: other;
  time and quantity names (days, months) are left out; every other type is other.

Entities of the gold file: every entity with a Wikipedia identity and a proper-name mention,
across documents by identity; its name is its most frequent proper-name surface (ties: the
longest, then the first), its variants the other distinct surfaces. People: each document's
proper-name surfaces of each person. Alias groups: proper names of one identity that GUM links
as an apposition ("the Korean Central News Agency (KCNA)"), the text's own statement that two
names name one thing.
"""

import collections
import json
import os
import re
import sys

# Title and honorific words: a person's name does not include them (CoNLL's convention), and a
# mention headed by one is no proper-name mention ("the President").
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord",
    "lady", "president", "vice", "minister", "prime", "secretary", "ambassador", "senator",
    "sen.", "governor", "gov.", "mayor", "king", "queen", "prince", "princess", "emperor", "pope",
    "chancellor", "premier", "chairman", "chairwoman", "chief", "director", "general", "gen.",
    "colonel", "captain", "commander", "admiral", "judge", "justice", "representative", "rep.",
    "congressman", "congresswoman", "sheikh", "saint", "st.", "bishop", "archbishop", "cardinal",
    "reverend", "rev.", "father", "officer", "sergeant", "lieutenant", "spokesman",
    "spokeswoman", "deputy", "ceo", "head", "leader", "coach", "manager", "detective",
    "inspector", "constable", "professor", "attorney", "chair", "superintendent", "dean",
    "administrator", "commissioner", "undersecretary", "mp", "qc", "sheriff", "emeritus",
    "republican", "democrat",
}
# Lower-case words that join the proper nouns of one name; a person's name takes only the
# particles.
PARTICLES = {
    "de", "del", "della", "da", "di", "du", "la", "le", "van", "von", "der", "den", "al", "el",
    "bin", "ibn", "y",
}
CONNECTORS = PARTICLES | {"of", "the", "and", "for", "on", "&"}
KINDS = {"person": "person", "place": "place", "organization": "organization", "event": "event"}
LEFT_OUT = {"time", "quantity"}


class Token:
    def __init__(self, fields, sentence):
        self.id = int(fields[0])
        self.form = fields[1]
        self.lemma = fields[2]
        self.upos = fields[3]
        self.xpos = fields[4]
        self.feats = fields[5]
        self.head = int(fields[6]) if fields[6].isdigit() else 0
        self.misc = fields[9]
        self.sentence = sentence
        self.start = self.end = 0  # byte offsets in the document's text


class Mention:
    def __init__(self, first, last, info):
        self.first, self.last = first, last  # document token indices, inclusive
        parts = info.split("-", 7)
        self.group = parts[0]
        self.etype = parts[1] if len(parts) > 1 else ""
        self.link = parts[6] if len(parts) > 6 else ""
        identity = parts[7] if len(parts) > 7 else ""
        self.identity = identity.replace("%2C", ",").replace("%2D", "-").replace("%27", "'")


def misc_value(misc, key):
    for item in misc.split("|"):
        if item.startswith(key + "="):
            return item[len(key) + 1:]
    return None


def read_document(path):
    """Tokens, sentences, paragraphs (lists of sentence indices), title and mentions."""
    tokens, sentences, paragraphs, mentions = [], [], [], []
    open_mentions = collections.defaultdict(list)
    title = None
    sentence_tokens = []
    pending_surface = None  # (last word id of a multi-word token, its form, its misc)
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for line in lines + [""]:
        if line.startswith("# meta::title = "):
            title = line[len("# meta::title = "):].strip()
            continue
        if line.strip() == "# newpar":
            paragraphs.append([])
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if sentence_tokens:
                if not paragraphs:
                    paragraphs.append([])
                paragraphs[-1].append(len(sentences))
                sentences.append(sentence_tokens)
                sentence_tokens = []
            continue
        fields = line.split("\t")
        if "." in fields[0]:
            continue  # an empty node: no text
        if "-" in fields[0]:
            first, last = (int(x) for x in fields[0].split("-"))
            pending_surface = (first, last, fields[1], fields[9])
            continue
        token = Token(fields, len(sentences))
        token.surface = token.form
        token.space_after = misc_value(token.misc, "SpaceAfter") != "No"
        if pending_surface and pending_surface[0] <= token.id <= pending_surface[1]:
            # The words of "Trump's" are "Trump" and "'s": spelled as the surface token, and
            # spaced as it is.
            token.space_after = (
                misc_value(pending_surface[3], "SpaceAfter") != "No"
                if token.id == pending_surface[1] else False)
            if token.id == pending_surface[1]:
                pending_surface = None
        index = len(tokens)
        tokens.append(token)
        sentence_tokens.append(index)
        entity = misc_value(token.misc, "Entity")
        for kind, info in entity_marks(entity or ""):
            if kind == "single":
                mentions.append(Mention(index, index, info))
            elif kind == "open":
                open_mentions[info.split("-")[0]].append((index, info))
            elif open_mentions[info]:
                first, opened = open_mentions[info].pop()
                mentions.append(Mention(first, index, opened))
    for group, still_open in open_mentions.items():
        if still_open:
            print(f"{path}: mention {group} never closed", file=sys.stderr)
    return tokens, sentences, paragraphs, title, mentions


def entity_marks(value):
    """The marks of one token's Entity= value, in order: ("open", info) for "(info",
    ("single", info) for "(info)", ("close", group) for "group)"."""
    marks = []
    position = 0
    while position < len(value):
        if value[position] == "(":
            end = position + 1
            while end < len(value) and value[end] not in "()":
                end += 1
            info = value[position + 1:end]
            if end < len(value) and value[end] == ")":
                marks.append(("single", info))
                end += 1
            else:
                marks.append(("open", info))
            position = end
        else:
            end = position
            while end < len(value) and value[end] != ")":
                end += 1
            marks.append(("close", value[position:end]))
            position = end + 1
    return marks


def sentence_text(tokens, indices):
    text = ""
    for position, index in enumerate(indices):
        text += tokens[index].surface
        if position + 1 < len(indices) and tokens[index].space_after:
            text += " "
    return text


def build_text(tokens, sentences, paragraphs, title):
    """The document's text, with each token's byte offsets set."""
    out = bytearray()

    def put(text):
        out.extend(text.encode("utf-8"))

    put(title + "\n")
    blocks = [[i for s in paragraph for i in sentences[s]] for paragraph in paragraphs]
    if blocks and sentence_text(tokens, blocks[0]) == title:
        blocks = blocks[1:]
        # Offsets of the title's own tokens: the first line.
        offset = 0
        for index in [i for s in paragraphs[0] for i in sentences[s]]:
            tokens[index].start = offset
            offset += len(tokens[index].surface.encode("utf-8"))
            tokens[index].end = offset
            if tokens[index].space_after:
                offset += 1
    for block in blocks:
        put("\n")
        for position, index in enumerate(block):
            tokens[index].start = len(out)
            put(tokens[index].surface)
            tokens[index].end = len(out)
            if position + 1 < len(block) and tokens[index].space_after:
                put(" ")
        put("\n")
    return bytes(out)


def mention_head(tokens, mention, inside_other):
    """The mention's own head: of its tokens outside the mentions nested in it, the one
    nearest the top of the dependency tree ("Aceh" of "Aceh, Indonesia", where "Indonesia" is
    a mention of its own)."""
    def depth(index):
        steps = 0
        while mention.first <= index <= mention.last and steps < 100:
            token = tokens[index]
            if not token.head:
                break
            index = index - (token.id - 1) + token.head - 1
            steps += 1
        return steps

    own = [i for i in range(mention.first, mention.last + 1) if i not in inside_other]
    return min(own or range(mention.first, mention.last + 1), key=depth)


def is_proper(token):
    # The Penn tag: UD's UPOS keeps a name's words in their own class ("United" of "United
    # States" is a VERB there), the Penn tag makes every word of a name NNP.
    return token.xpos in ("NNP", "NNPS")


def is_title(token):
    return token.form.lower() in TITLES or token.lemma.lower() in TITLES


def name_span(tokens, mention, head, inside_other, places_inside):
    """The first and last token of the name around `head`, or None."""
    person = mention.etype == "person"
    if not is_proper(tokens[head]) and head + 1 <= mention.last and is_proper(tokens[head + 1]) and (
            head + 1 not in inside_other and not is_title(tokens[head + 1])):
        # A name in apposition to the head noun: "the news agency Korean Central News Agency".
        head += 1
    if not is_proper(tokens[head]) or is_title(tokens[head]):
        return None

    def blocked(index):
        if index < mention.first or index > mention.last:
            return True
        if tokens[index].sentence != tokens[head].sentence:
            return True
        if person and (is_title(tokens[index]) or index in inside_other):
            return True
        return False

    connectors = PARTICLES if person else CONNECTORS

    def joins(index, step):
        """A connector, hyphen, apostrophe or number between proper nouns."""
        token = tokens[index]
        if token.form.lower() in ("'s", "’s") and not person and index - 1 not in inside_other:
            # "Korean People's Army"; not "North Korea's army", where the owner is a name of
            # its own, nor a person's "Trump's".
            return is_proper(tokens[index - 1]) and not blocked(index + 1) and is_proper(
                tokens[index + 1])
        if token.form in ("-", "'", "’", ".") or token.form.lower() in connectors or token.upos == "NUM":
            look = index + step
            while not blocked(look) and (
                    tokens[look].form.lower() in connectors or tokens[look].form in ("-", "'", "’")):
                look += step
            return not blocked(look) and is_proper(tokens[look]) and not (
                person and is_title(tokens[look]))
        return False

    first = last = head
    while not blocked(first - 1) and (is_proper(tokens[first - 1]) or joins(first - 1, -1)):
        first -= 1
    while not blocked(last + 1) and (
            (is_proper(tokens[last + 1]) and not tokens[last].form.lower() == "'s")
            or joins(last + 1, 1)):
        last += 1
    while first < last and not is_proper(tokens[first]):
        first += 1
    while last > first and not is_proper(tokens[last]):
        last -= 1
    # "University of Sheffield of the UK": "of the" and a place that ends the mention say where
    # the institution is; the place is not a word of its name.
    for index in range(first + 1, last - 1):
        if tokens[index].form.lower() == "of" and tokens[index + 1].form.lower() == "the" and any(
                other.first in (index + 1, index + 2) and other.last == last
                for other in places_inside):
            last = index - 1
            break
    return trim_by_identity(tokens, mention, first, last)


def identity_words(mention):
    words = re.split(r"[_\s\-(),.]+", mention.identity.lower())
    return {w for w in words if w}


def trim_by_identity(tokens, mention, first, last):
    """A descriptor before a person's full name that the person's own name (its Wikipedia
    title) does not have ("Scientologist Tom Cruise")."""
    words = identity_words(mention)
    if not words:
        return first, last

    def known(index):
        return tokens[index].form.lower() in words

    if mention.etype == "person":
        # A given name may be a short form the title does not have ("Chris" of Christine): a
        # word is cut only before a whole name of two known words.
        while first < last and not known(first) and sum(
                known(i) for i in range(first + 1, last + 1)) >= 2:
            first += 1
    return first, last


def kind_of(mention, tokens, head):
    if mention.etype == "person" and (tokens[head].xpos == "NNPS" or "Number=Plur" in tokens[head].feats):
        return "other"
    return KINDS.get(mention.etype, "other")


def convert(folder, root, gum_commit):
    names = sorted(n for n in os.listdir(folder) if n.startswith("GUM_news_") and n.endswith(".conllu"))
    if not names:
        sys.exit(f"no GUM_news_*.conllu files in {folder}")
    corpus = os.path.join(root, "Tests", "Corpora", "gum-news")
    os.makedirs(corpus, exist_ok=True)
    documents = []
    sources = []
    for name in names:
        tokens, sentences, paragraphs, title, mentions = read_document(os.path.join(folder, name))
        text = build_text(tokens, sentences, paragraphs, title)
        file_name = name[len("GUM_news_"):-len(".conllu")] + ".txt"
        with open(os.path.join(corpus, file_name), "wb") as handle:
            handle.write(text)
        documents.append((file_name, tokens, mentions, text))
        sources.append((file_name, title, read_meta(os.path.join(folder, name))))
    with open(os.path.join(corpus, "LICENSE"), "w", encoding="utf-8") as handle:
        handle.write(license_text(sources, annotators(folder), gum_commit))
    gold = make_gold(documents)
    with open(os.path.join(root, "Tests", "Gold", "gum-news.json"), "w", encoding="utf-8") as handle:
        handle.write(render(gold))


def read_meta(path):
    meta = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# meta::") and " = " in line:
                key, value = line[len("# meta::"):].rstrip("\n").split(" = ", 1)
                meta[key] = value
            elif not line.startswith("#"):
                break
    return meta


def annotators(folder):
    """The annotators GUM's LICENSE.txt names, if it is at hand."""
    for candidate in (os.path.join(folder, "LICENSE.txt"), os.path.join(folder, "..", "LICENSE.txt")):
        if os.path.exists(candidate):
            with open(candidate, encoding="utf-8") as handle:
                text = handle.read()
            start = text.find("The annotations were produced by the following people:")
            if start < 0:
                return []
            names = []
            for line in text[start:].split("\n")[1:]:
                line = line.strip()
                if line.startswith("* ") and "anonymous" not in line:
                    names.append(line[2:])
                elif names and line:
                    break
            return names
    return []


def license_text(sources, people, gum_commit):
    lines = [
        "The gum-news test corpus: licences and attribution",
        "",
        "These files are derived from the news documents of GUM, the Georgetown University",
        "Multilayer Corpus (https://gucorpling.org/gum/, https://github.com/amir-zeldes/gum,",
        "files dep/GUM_news_*.conllu" + (f", commit {gum_commit}" if gum_commit else "") + ").",
        "",
        "Texts: English Wikinews articles by Wikinews contributors, under the Creative Commons",
        "Attribution 2.5 licence (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/; see",
        "https://en.wikinews.org/wiki/Wikinews:Copyright). Each *.txt file is an article's text",
        "as GUM tokenized it, joined again into running text; nothing was reworded.",
        "",
        "Annotations: GUM's entity annotation by Amir Zeldes and the GUM annotators, under the",
        "Creative Commons Attribution 4.0 licence (CC BY 4.0,",
        "https://creativecommons.org/licenses/by/4.0/). Tests/Gold/gum-news.json is derived from",
        "it by scripts/gum-news.py (names cut out of GUM's noun-phrase mentions, kinds mapped,",
        "entities gathered by Wikipedia identity); the changes are described in that script.",
        "",
        "Please cite: Zeldes, Amir (2017) \"The GUM Corpus: Creating Multilayer Resources in the",
        "Classroom\". Language Resources and Evaluation 51(3), 581-612.",
        "",
        "Articles:",
        "",
    ]
    for file_name, title, meta in sources:
        lines.append(f"- {file_name}: \"{title}\", Wikinews, {meta.get('dateCreated', 'undated')},")
        lines.append(f"  {meta.get('sourceURL', '')}")
    lines += ["", "GUM's annotators (from GUM's LICENSE.txt):", ""]
    if people:
        for start in range(0, len(people), 4):
            lines.append("  " + ", ".join(people[start:start + 4]) + ("," if start + 4 < len(people) else ""))
        lines.append("  and other annotators who wish to remain anonymous.")
    else:
        lines.append("  see https://gucorpling.org/gum/ for the list of annotators.")
    return "\n".join(lines) + "\n"


def proper_mentions(tokens, mentions, text):
    """(first, last, mention, kind, surface) of each proper-name mention, outermost only."""
    found = []
    for mention in mentions:
        if mention.etype in LEFT_OUT:
            continue
        # Names of other things inside the mention; a concept's mention inside a name
        # ("Inspiration" of "For Inspiration and Recognition of Science and Technology") is a
        # word of the name.
        inside_other = set()
        for other in mentions:
            if other.group != mention.group and other.etype in KINDS and (
                    mention.first <= other.first and other.last <= mention.last):
                inside_other.update(range(other.first, other.last + 1))
        head = mention_head(tokens, mention, inside_other)
        places_inside = [
            other for other in mentions if other.etype == "place" and other.group != mention.group
            and mention.first <= other.first and other.last <= mention.last]
        span = name_span(tokens, mention, head, inside_other, places_inside)
        if span is None:
            continue
        first, last = span
        if is_coordination(tokens, mention, mentions, first, last):
            continue
        surface = text[tokens[first].start:tokens[last].end].decode("utf-8")
        found.append((first, last, mention, kind_of(mention, tokens, head), surface))
    # Names inside a longer name are part of it. Of two mentions that give the same name, the
    # narrower one is the name's own.
    found.sort(key=lambda item: item[2].last - item[2].first)
    outer = []
    for item in found:
        inside = any(
            other is not item and other[0] <= item[0] and item[1] <= other[1]
            and (other[1] - other[0]) > (item[1] - item[0]) for other in found)
        duplicate = any(o[0] == item[0] and o[1] == item[1] for o in outer)
        if not inside and not duplicate:
            outer.append(item)
    return sorted(outer, key=lambda item: item[0])


def is_coordination(tokens, mention, mentions, first, last):
    """"Cloud9 and Immortals": names of two entities of the mention's type joined by "and" are
    two names, each a mention of its own, not one."""
    for middle in range(first + 1, last):
        if tokens[middle].form.lower() != "and":
            continue
        sides = [False, False]
        for other in mentions:
            if other.group == mention.group or other.etype != mention.etype:
                continue
            if first <= other.first and other.last < middle:
                sides[0] = True
            if middle < other.first and other.last <= last:
                sides[1] = True
        if all(sides):
            return True
    return False


def make_gold(documents):
    entity_surfaces = collections.defaultdict(collections.Counter)
    entity_first = {}
    entity_kind = {}
    people = collections.defaultdict(lambda: collections.OrderedDict())
    alias_groups = []
    all_mentions = []
    unlinked = set()
    order = 0
    for file_name, tokens, mentions, text in documents:
        found = proper_mentions(tokens, mentions, text)
        surface_of = {}
        for first, last, mention, kind, surface in found:
            all_mentions.append({
                "document": file_name, "start": tokens[first].start, "end": tokens[last].end,
                "kind": kind, "text": surface})
            surface_of[id(mention)] = surface
            if not mention.identity:
                unlinked.add(surface)
                continue
            entity_surfaces[mention.identity][surface] += 1
            if mention.identity not in entity_first:
                entity_first[mention.identity] = order
                order += 1
            entity_kind.setdefault(mention.identity, collections.Counter())[kind] += 1
            if kind == "person":
                surfaces = people[mention.identity].setdefault(file_name, [])
                if surface not in surfaces:
                    surfaces.append(surface)
        # An apposition of two proper names of one identity is a stated alias.
        by_group = collections.defaultdict(list)
        for mention in sorted(mentions, key=lambda m: m.first):
            by_group[mention.group].append(mention)
        for chain in by_group.values():
            for previous, mention in zip(chain, chain[1:]):
                # The link is the later mention's: how it refers back to the one before.
                if mention.link != "appos" or not mention.identity:
                    continue
                a, b = surface_of.get(id(previous)), surface_of.get(id(mention))
                # A person's full and short names are not aliases (see "people").
                if a and b and a.lower() != b.lower() and mention.etype != "person":
                    add_alias(alias_groups, mention.identity, a, b)
    entities = []
    for identity in sorted(entity_surfaces, key=lambda i: entity_first[i]):
        counts = entity_surfaces[identity]
        kind = entity_kind[identity].most_common(1)[0][0]
        if kind == "person":
            # A person by full name: the surface of the most words.
            ranked = sorted(counts, key=lambda s: (-len(s.split()), -counts[s], -len(s)))
        else:
            ranked = sorted(counts, key=lambda s: (-counts[s], -len(s)))
        entity = {"name": ranked[0], "kind": kind}
        variants = distinct(ranked[1:], ranked[0])
        if variants:
            entity["variants"] = variants
        entities.append(entity)
    name_of = {identity: e["name"] for identity, e in zip(
        sorted(entity_surfaces, key=lambda i: entity_first[i]), entities)}
    gold_people = []
    for identity, by_document in people.items():
        if entity_kind[identity].most_common(1)[0][0] != "person":
            continue
        gold_people.append({
            "person": name_of[identity],
            "mentions": [{"document": d, "surfaces": s} for d, s in by_document.items()]})
    return {
        "corpus": "../Corpora/gum-news",
        "notes": [
            "Made by scripts/gum-news.py from GUM's Wikinews news documents (amir-zeldes/gum, dep/GUM_news_*.conllu); do not edit by hand, run the script again.",
            "Entities: every GUM entity with a Wikipedia identity and a proper-name mention; variants are its other proper-name surfaces.",
            "Mentions: every proper-name mention, its span as UTF-8 byte offsets in the document and its kind (see the script's notes for how a name is cut out of GUM's noun-phrase mentions).",
            "Acceptable: proper names of things GUM links to no Wikipedia article (people and places without one); Dossier may or may not make them entities.",
            "Alias groups: proper names of one identity that GUM links as an apposition.",
            "GUM's annotators, not Dossier's authors, decided every entity, span and kind here.",
            "Targets: those of issue 12 for a corpus nobody here has read (alias pairs R ≥ 0.8, short names ≥ 0.9, mention F1 over people, places and organizations ≥ 0.8); entities and all resolutions are measured, not held to a target.",
        ],
        "entities": entities,
        "acceptable": sorted(unlinked - known_names(entities)),
        "aliases": [{"names": [{"name": n} for n in group["names"]]} for group in alias_groups],
        "people": gold_people,
        "boilerplateOnly": [],
        "mentions": all_mentions,
        # What issue 12 asks of a corpus nobody here has read.
        "targets": {
            "aliasPrecision": 0.9, "aliasRecall": 0.8, "shortNamePrecision": 0.9,
            "shortNameRecall": 0.9, "mentionF1": 0.8},
    }


def known_names(entities):
    names = set()
    for entity in entities:
        names.add(entity["name"])
        names.update(entity.get("variants", []))
    return names


def distinct(surfaces, name):
    seen = {name.lower()}
    kept = []
    for surface in surfaces:
        if surface.lower() not in seen:
            seen.add(surface.lower())
            kept.append(surface)
    return kept


def add_alias(groups, identity, a, b):
    for group in groups:
        if group["identity"] == identity:
            for name in (a, b):
                if name not in group["names"]:
                    group["names"].append(name)
            return
    groups.append({"identity": identity, "names": [a, b]})


def render(gold):
    """JSON with one entity, person or mention per line, as the other gold files are laid out."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)
    lines = ["{"]
    lines.append(f'  "corpus": {dump(gold["corpus"])},')
    lines.append('  "notes": [')
    lines.append(",\n".join("    " + dump(n) for n in gold["notes"]))
    lines.append("  ],")
    lines.append('  "entities": [')
    lines.append(",\n".join("    " + dump(item) for item in gold["entities"]))
    lines.append("  ],")
    lines.append(f'  "acceptable": {dump(gold["acceptable"])},')
    for key in ("aliases", "people", "mentions"):
        lines.append(f'  "{key}": [')
        lines.append(",\n".join("    " + dump(item) for item in gold[key]))
        lines.append("  ],")
    lines.append(f'  "boilerplateOnly": {dump(gold["boilerplateOnly"])},')
    lines.append(f'  "targets": {dump(gold["targets"])}')
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("conllu_folder")
    parser.add_argument("--out", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--gum-commit", default="")
    arguments = parser.parse_args()
    convert(arguments.conllu_folder, arguments.out, arguments.gum_commit)
