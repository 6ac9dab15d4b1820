/// Common nouns that only ever name a person: kin and occupations. Right before a name, or
/// before a comma and a name, they make it a person's ("fashion designer Ilse Marrow", "their
/// daughter, Pia", "striker Tomas Vell"), as a role noun does. Folded; words that also name
/// things or groups ("partner", "team", "band", "fan") are left out.
enum PersonNouns {
  static let words: Set<String> = [
    // Kin.
    "wife", "husband", "son", "sons", "daughter", "daughters", "child", "mother", "father",
    "brother", "brothers", "sister", "sisters", "grandmother", "grandfather", "grandson",
    "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "widow", "widower",
    "girlfriend", "boyfriend", "fiancé", "fiancée", "stepfather", "stepmother",
    // People by sex, age or what befell them.
    "man", "woman", "boy", "girl", "teenager", "schoolboy", "schoolgirl", "toddler", "baby",
    "victim",
    "victims", "suspect", "suspects", "defendant", "witness", "survivor", "refugee", "migrant",
    "hostage", "patient", "widows", "orphan",
    // Occupations and callings.
    "designer", "photographer", "photographers", "musician", "musicians", "artist", "artists",
    "painter", "sculptor", "actor", "actors", "actress", "singer", "rapper", "comedian",
    "producer", "publisher", "publishers", "editor", "illustrator", "novelist", "poet",
    "playwright", "filmmaker", "cosplayer", "student", "students", "pupil", "teacher", "lawyer",
    "lawyers", "attorney", "barrister", "solicitor", "doctor", "doctors", "nurse", "surgeon",
    "physician", "scientist", "scientists", "engineer", "astronaut", "astronauts", "pilot",
    "soldier", "soldiers", "coach", "player", "players", "goalkeeper", "striker", "midfielder",
    "defender", "referee", "athlete", "footballer", "cyclist", "boxer", "curator", "founder",
    "owner", "chef", "entrepreneur", "businessman", "businesswoman", "banker", "investor",
    "inventor", "homeopath", "priest", "pastor", "imam", "rabbi", "monk", "nun", "cleric",
    "volunteer", "blogger", "hacker", "protester", "protesters", "campaigner", "campaigners",
    "dissident", "defector", "employee", "employees", "intern",
    "economists", "columnist", "commentator", "broadcaster", "presenter",
    "spokesmen", "detective", "inspector", "sergeant", "lieutenant", "colonel", "captain",
  ]
}
