/// Countries of the world with their demonyms, capitals and common short names: general
/// English knowledge, the same for every corpus. It tells that "Russian" is of Russia, that
/// "U.S." and "United States" are one country, and that a country is a place.
struct Country: Sendable, Hashable {
  let name: String
  let demonyms: [String]
  let capital: String?
  /// Other names of the country itself ("U.S.", "USA", "America").
  let otherNames: [String]
}

enum Countries {
  /// Every country, by its folded name, demonym, plural demonym or other name.
  static let all: [Country] = table.split(separator: "\n").compactMap { line in
    let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    guard fields.count == 4, !fields[0].isEmpty else { return nil }
    func list(_ field: String) -> [String] {
      field.split(separator: ";").map(String.init).filter { !$0.isEmpty }
    }
    return Country(
      name: fields[0], demonyms: list(fields[1]), capital: fields[2].isEmpty ? nil : fields[2],
      otherNames: list(fields[3]))
  }

  /// A country by any of its names (folded: "russia", "u.s.", "united states").
  static let byName: [String: Country] = {
    var index: [String: Country] = [:]
    for country in all {
      for name in [country.name] + country.otherNames {
        index[NameKey.normalize(name)] = index[NameKey.normalize(name)] ?? country
      }
    }
    return index
  }()

  /// A country by demonym, singular or plural ("russian", "russians", "japanese").
  static let byDemonym: [String: Country] = {
    var index: [String: Country] = [:]
    for country in all {
      for demonym in country.demonyms {
        let key = NameKey.normalize(demonym)
        if index[key] == nil { index[key] = country }
        if !key.hasSuffix("s") && !key.hasSuffix("ese") && !key.hasSuffix("ch") {
          if index[key + "s"] == nil { index[key + "s"] = country }
        }
      }
    }
    return index
  }()

  /// Capital cities by folded name.
  /// True when folded `name` is a country's, a capital's or a region's of the world.
  static func isPlaceName(_ name: String) -> Bool {
    byName[name] != nil || byCapital[name] != nil || Regions.kind(of: name) != nil
  }

  static let byCapital: [String: Country] = {
    var index: [String: Country] = [:]
    for country in all {
      if let capital = country.capital { index[NameKey.normalize(capital)] = country }
    }
    return index
  }()

  static func isDemonym(_ folded: String) -> Bool { byDemonym[folded] != nil }

  /// The first demonym of the country whose name is `name`, if it is a country.
  static func demonym(ofCountry folded: String) -> String? { byName[folded]?.demonyms.first }

  // Name|Demonyms|Capital|Other names
  private static let table = """
    Afghanistan|Afghan|Kabul|
    Albania|Albanian|Tirana|
    Algeria|Algerian|Algiers|
    Andorra|Andorran|Andorra la Vella|
    Angola|Angolan|Luanda|
    Antigua and Barbuda|Antiguan|Saint John's|
    Argentina|Argentine;Argentinian;Argentinean|Buenos Aires|Argentine Republic
    Armenia|Armenian|Yerevan|
    Australia|Australian|Canberra|
    Austria|Austrian|Vienna|
    Azerbaijan|Azerbaijani;Azeri|Baku|
    Bahamas|Bahamian|Nassau|
    Bahrain|Bahraini|Manama|
    Bangladesh|Bangladeshi|Dhaka|
    Barbados|Barbadian|Bridgetown|
    Belarus|Belarusian;Belarussian|Minsk|
    Belgium|Belgian|Brussels|
    Belize|Belizean|Belmopan|
    Benin|Beninese|Porto-Novo|
    Bhutan|Bhutanese|Thimphu|
    Bolivia|Bolivian|Sucre|
    Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
    Botswana|Motswana;Batswana|Gaborone|
    Brazil|Brazilian|Brasilia|
    Brunei|Bruneian|Bandar Seri Begawan|
    Bulgaria|Bulgarian|Sofia|
    Burkina Faso|Burkinabe|Ouagadougou|
    Burundi|Burundian|Gitega|
    Cambodia|Cambodian|Phnom Penh|
    Cameroon|Cameroonian|Yaounde|
    Canada|Canadian|Ottawa|
    Cape Verde|Cape Verdean|Praia|Cabo Verde
    Central African Republic|Central African|Bangui|
    Chad|Chadian|N'Djamena|
    Chile|Chilean|Santiago|
    China|Chinese|Beijing|People's Republic of China;PRC;Mainland China
    Colombia|Colombian|Bogota|
    Comoros|Comoran|Moroni|
    Congo|Congolese|Brazzaville|Republic of the Congo
    Costa Rica|Costa Rican|San Jose|
    Croatia|Croatian;Croat|Zagreb|
    Cuba|Cuban|Havana|
    Cyprus|Cypriot|Nicosia|
    Czech Republic|Czech|Prague|Czechia
    Democratic Republic of the Congo|Congolese|Kinshasa|DRC;DR Congo
    Denmark|Danish;Dane|Copenhagen|
    Djibouti|Djiboutian|Djibouti|
    Dominica|Dominican|Roseau|
    Dominican Republic|Dominican|Santo Domingo|
    East Timor|Timorese|Dili|Timor-Leste
    Ecuador|Ecuadorian|Quito|
    Egypt|Egyptian|Cairo|
    El Salvador|Salvadoran|San Salvador|
    Equatorial Guinea|Equatoguinean|Malabo|
    Eritrea|Eritrean|Asmara|
    Estonia|Estonian|Tallinn|
    Eswatini|Swazi|Mbabane|Swaziland
    Ethiopia|Ethiopian|Addis Ababa|
    Fiji|Fijian|Suva|
    Finland|Finnish;Finn|Helsinki|
    France|French|Paris|French Republic
    Gabon|Gabonese|Libreville|
    Gambia|Gambian|Banjul|
    Georgia|Georgian|Tbilisi|
    Germany|German|Berlin|Federal Republic of Germany
    Ghana|Ghanaian|Accra|
    Greece|Greek|Athens|
    Grenada|Grenadian|St. George's|
    Guatemala|Guatemalan|Guatemala City|
    Guinea|Guinean|Conakry|
    Guinea-Bissau|Bissau-Guinean|Bissau|
    Guyana|Guyanese|Georgetown|
    Haiti|Haitian|Port-au-Prince|
    Honduras|Honduran|Tegucigalpa|
    Hungary|Hungarian|Budapest|
    Iceland|Icelandic;Icelander|Reykjavik|
    India|Indian|New Delhi|
    Indonesia|Indonesian|Jakarta|
    Iran|Iranian|Tehran|Islamic Republic of Iran
    Iraq|Iraqi|Baghdad|
    Ireland|Irish|Dublin|Republic of Ireland
    Israel|Israeli|Jerusalem|
    Italy|Italian|Rome|
    Ivory Coast|Ivorian|Yamoussoukro|Cote d'Ivoire
    Jamaica|Jamaican|Kingston|
    Japan|Japanese|Tokyo|
    Jordan|Jordanian|Amman|
    Kazakhstan|Kazakh;Kazakhstani|Astana|
    Kenya|Kenyan|Nairobi|
    Kiribati|I-Kiribati|Tarawa|
    Kosovo|Kosovar|Pristina|
    Kuwait|Kuwaiti|Kuwait City|
    Kyrgyzstan|Kyrgyz|Bishkek|
    Laos|Lao;Laotian|Vientiane|
    Latvia|Latvian|Riga|
    Lebanon|Lebanese|Beirut|
    Lesotho|Basotho|Maseru|
    Liberia|Liberian|Monrovia|
    Libya|Libyan|Tripoli|
    Liechtenstein|Liechtensteiner|Vaduz|
    Lithuania|Lithuanian|Vilnius|
    Luxembourg|Luxembourgish;Luxembourger|Luxembourg|
    Madagascar|Malagasy|Antananarivo|
    Malawi|Malawian|Lilongwe|
    Malaysia|Malaysian|Kuala Lumpur|
    Maldives|Maldivian|Male|
    Mali|Malian|Bamako|
    Malta|Maltese|Valletta|
    Marshall Islands|Marshallese|Majuro|
    Mauritania|Mauritanian|Nouakchott|
    Mauritius|Mauritian|Port Louis|
    Mexico|Mexican|Mexico City|
    Micronesia|Micronesian|Palikir|
    Moldova|Moldovan|Chisinau|
    Monaco|Monegasque|Monaco|
    Mongolia|Mongolian|Ulaanbaatar|
    Montenegro|Montenegrin|Podgorica|
    Morocco|Moroccan|Rabat|
    Mozambique|Mozambican|Maputo|
    Myanmar|Burmese;Myanma|Naypyidaw|Burma
    Namibia|Namibian|Windhoek|
    Nauru|Nauruan|Yaren|
    Nepal|Nepali;Nepalese|Kathmandu|
    Netherlands|Dutch|Amsterdam|Holland
    New Zealand|New Zealander|Wellington|
    Nicaragua|Nicaraguan|Managua|
    Niger|Nigerien|Niamey|
    Nigeria|Nigerian|Abuja|
    North Korea|North Korean|Pyongyang|DPRK;Democratic People's Republic of Korea
    North Macedonia|Macedonian|Skopje|Macedonia
    Norway|Norwegian|Oslo|
    Oman|Omani|Muscat|
    Pakistan|Pakistani|Islamabad|
    Palau|Palauan|Ngerulmud|
    Palestine|Palestinian|Ramallah|
    Panama|Panamanian|Panama City|
    Papua New Guinea|Papua New Guinean|Port Moresby|
    Paraguay|Paraguayan|Asuncion|
    Peru|Peruvian|Lima|
    Philippines|Filipino;Philippine|Manila|
    Poland|Polish;Pole|Warsaw|
    Portugal|Portuguese|Lisbon|
    Qatar|Qatari|Doha|
    Romania|Romanian|Bucharest|
    Russia|Russian|Moscow|Russian Federation
    Rwanda|Rwandan|Kigali|
    Saint Kitts and Nevis|Kittitian|Basseterre|
    Saint Lucia|Saint Lucian|Castries|
    Saint Vincent and the Grenadines|Vincentian|Kingstown|
    Samoa|Samoan|Apia|
    San Marino|Sammarinese|San Marino|
    Sao Tome and Principe|Sao Tomean|Sao Tome|
    Saudi Arabia|Saudi;Saudi Arabian|Riyadh|
    Senegal|Senegalese|Dakar|
    Serbia|Serbian;Serb|Belgrade|
    Seychelles|Seychellois|Victoria|
    Sierra Leone|Sierra Leonean|Freetown|
    Singapore|Singaporean|Singapore|
    Slovakia|Slovak|Bratislava|
    Slovenia|Slovenian;Slovene|Ljubljana|
    Solomon Islands|Solomon Islander|Honiara|
    Somalia|Somali|Mogadishu|
    South Africa|South African|Pretoria|
    South Korea|South Korean;Korean|Seoul|Republic of Korea;ROK
    South Sudan|South Sudanese|Juba|
    Soviet Union|Soviet|Moscow|USSR;U.S.S.R.
    Spain|Spanish;Spaniard|Madrid|
    Sri Lanka|Sri Lankan|Colombo|
    Sudan|Sudanese|Khartoum|
    Suriname|Surinamese|Paramaribo|
    Sweden|Swedish;Swede|Stockholm|
    Switzerland|Swiss|Bern|
    Syria|Syrian|Damascus|
    Taiwan|Taiwanese|Taipei|Republic of China;ROC
    Tajikistan|Tajik|Dushanbe|
    Tanzania|Tanzanian|Dodoma|
    Thailand|Thai|Bangkok|
    Togo|Togolese|Lome|
    Tonga|Tongan|Nuku'alofa|
    Trinidad and Tobago|Trinidadian|Port of Spain|
    Tunisia|Tunisian|Tunis|
    Turkey|Turkish;Turk|Ankara|Turkiye;Türkiye
    Turkmenistan|Turkmen|Ashgabat|
    Tuvalu|Tuvaluan|Funafuti|
    Uganda|Ugandan|Kampala|
    Ukraine|Ukrainian|Kyiv|
    United Arab Emirates|Emirati|Abu Dhabi|UAE
    United Kingdom|British;Briton|London|UK;U.K.;Britain;Great Britain
    United States|American|Washington|U.S.;US;USA;U.S.A.;United States of America;America
    Uruguay|Uruguayan|Montevideo|
    Uzbekistan|Uzbek|Tashkent|
    Vanuatu|Ni-Vanuatu|Port Vila|
    Vatican City|Vatican|Vatican City|Holy See
    Venezuela|Venezuelan|Caracas|
    Vietnam|Vietnamese|Hanoi|Viet Nam
    Yemen|Yemeni|Sanaa|
    Zambia|Zambian|Lusaka|
    Zimbabwe|Zimbabwean|Harare|
    England|English|London|
    Scotland|Scottish;Scot|Edinburgh|
    Wales|Welsh|Cardiff|
    """
}
