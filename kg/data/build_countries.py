"""One-off build step: writes kg/data/countries.csv from pycountry plus the hand-kept table below.

Not imported at run time (pycountry is not a runtime dependency); run it by hand after editing
the table: `python kg/data/build_countries.py` in an environment that has pycountry.
In: pycountry's ISO 3166-1 list (249 codes). Out: countries.csv with columns
iso3,iso2,name,wikidata,aliases,demonyms,metonyms,status (`|` between values).
status: `un` UN member state, `observer` UN observer state, `other` (Taiwan, Western Sahara,
Kosovo-like cases, dependent territories, Antarctica).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

# iso3; wikidata; display name (empty: pycountry's common or short name); aliases; demonyms;
# metonyms (capital, then seats of power and state agencies used for the government: "the Kremlin", "the GRU");
# status letter u/o/t.
TABLE = """
ABW;Q21203;;;Aruban;Oranjestad;t
AFG;Q889;;Islamic Emirate of Afghanistan;Afghan;Kabul;u
AGO;Q916;;;Angolan;Luanda;u
AIA;Q25228;;;Anguillan;;t
ALA;Q5689;;Aland Islands|Åland;Ålander;;t
ALB;Q222;;;Albanian;Tirana|Tiranë;u
AND;Q228;;;Andorran;Andorra la Vella;u
ARE;Q878;;UAE|U.A.E.|the Emirates;Emirati;Abu Dhabi;u
ARG;Q414;;Argentine Republic;Argentine|Argentinian;Buenos Aires|Casa Rosada;u
ARM;Q399;;;Armenian;Yerevan;u
ASM;Q16641;;;American Samoan;Pago Pago;t
ATA;Q51;;;;;t
ATF;Q129003;;French Southern and Antarctic Lands;;;t
ATG;Q781;;Antigua;Antiguan|Barbudan;St. John's;u
AUS;Q408;;Commonwealth of Australia;Australian;Canberra;u
AUT;Q40;;;Austrian;Vienna|Wien|the Hofburg|Ballhausplatz;u
AZE;Q227;;;Azerbaijani|Azeri;Baku;u
BDI;Q967;;;Burundian;Gitega|Bujumbura;u
BEL;Q31;;;Belgian;Brussels;u
BEN;Q962;;;Beninese;Porto-Novo|Cotonou;u
BES;Q27561;;Caribbean Netherlands|Bonaire;;;t
BFA;Q965;;;Burkinabe|Burkinabè;Ouagadougou;u
BGD;Q902;;;Bangladeshi;Dhaka;u
BGR;Q219;;;Bulgarian;Sofia;u
BHR;Q398;;;Bahraini;Manama;u
BHS;Q778;Bahamas;The Bahamas|the Bahamas;Bahamian;Nassau;u
BIH;Q225;;Bosnia|BiH;Bosnian|Herzegovinian;Sarajevo;u
BLM;Q25362;;St. Barts|Saint-Barthélemy;;;t
BLR;Q184;;Belarus|Byelorussia;Belarusian;Minsk;u
BLZ;Q242;;;Belizean;Belmopan;u
BMU;Q23635;;;Bermudian;;t
BOL;Q750;Bolivia;Plurinational State of Bolivia;Bolivian;La Paz|Sucre|Palacio Quemado|Casa Grande del Pueblo;u
BRA;Q155;;Federative Republic of Brazil;Brazilian;Brasília|Brasilia|Planalto|Itamaraty;u
BRB;Q244;;;Barbadian|Bajan;Bridgetown;u
BRN;Q921;Brunei;Brunei Darussalam;Bruneian;Bandar Seri Begawan;u
BTN;Q917;;;Bhutanese;Thimphu;u
BVT;Q23408;;;;;t
BWA;Q963;;;Motswana|Batswana;Gaborone;u
CAF;Q929;;CAR|Centrafrique;Central African;Bangui;u
CAN;Q16;;;Canadian;Ottawa|Parliament Hill|Rideau Hall;u
CCK;Q36004;;Cocos Islands|Keeling Islands;;;t
CHE;Q39;;Swiss Confederation;Swiss;Bern|Berne;u
CHL;Q298;;;Chilean;Santiago|La Moneda;u
CHN;Q148;;People's Republic of China|PRC|P.R.C.|mainland China|the People's Republic;Chinese;Beijing|Zhongnanhai|Peking;u
CIV;Q1008;Ivory Coast;Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire;Ivorian;Yamoussoukro|Abidjan;u
CMR;Q1009;;;Cameroonian;Yaoundé|Yaounde;u
COD;Q974;Democratic Republic of the Congo;DR Congo|DRC|D.R.C.|DR of Congo|Congo-Kinshasa|Democratic Republic of Congo;Congolese;Kinshasa;u
COG;Q971;Republic of the Congo;Congo-Brazzaville|Congo Republic|Republic of Congo|Congo;;Brazzaville;u
COK;Q26988;;;Cook Islander;Avarua;t
COL;Q739;;;Colombian;Bogotá|Bogota|Casa de Nariño|Casa de Narino;u
COM;Q970;;;Comorian;Moroni;u
CPV;Q1011;Cape Verde;Cabo Verde;Cape Verdean|Cabo Verdean;Praia;u
CRI;Q800;;;Costa Rican;San José|San Jose;u
CUB;Q241;;;Cuban;Havana|La Habana;u
CUW;Q25279;;Curacao;;Willemstad;t
CXR;Q31063;;;;;t
CYM;Q5785;;Caymans;Caymanian;;t
CYP;Q229;;;Cypriot;Nicosia;u
CZE;Q213;;Czech Republic|Czechia;Czech;Prague|Prague Castle;u
DEU;Q183;;Federal Republic of Germany;German;Berlin|the Chancellery|Bundeskanzleramt|Bendlerblock;u
DJI;Q977;;;Djiboutian;Djibouti City;u
DMA;Q784;;Commonwealth of Dominica;;Roseau;u
DNK;Q35;;Kingdom of Denmark;Danish|Dane|Danes;Copenhagen|Christiansborg;u
DOM;Q786;;;Dominican;Santo Domingo;u
DZA;Q262;;;Algerian;Algiers|El Mouradia;u
ECU;Q736;;;Ecuadorian|Ecuadoran|Ecuadorean;Quito|Carondelet;u
EGY;Q79;;;Egyptian;Cairo;u
ERI;Q986;;;Eritrean;Asmara;u
ESH;Q6250;;Sahrawi Arab Democratic Republic|SADR;Sahrawi|Saharawi;Laayoune;t
ESP;Q29;;Kingdom of Spain;Spanish|Spaniard|Spaniards;Madrid|La Moncloa|Moncloa|Zarzuela;u
EST;Q191;;;Estonian;Tallinn;u
ETH;Q115;;;Ethiopian;Addis Ababa;u
FIN;Q33;;;Finnish|Finn|Finns;Helsinki;u
FJI;Q712;;;Fijian;Suva;u
FLK;Q9648;Falkland Islands;Falklands|Malvinas|Islas Malvinas;Falkland Islander;Stanley;t
FRA;Q142;;French Republic;French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen;Paris|the Élysée|the Elysee|Élysée Palace|Elysee Palace|Quai d'Orsay|Matignon|Hôtel Matignon;u
FRO;Q4628;;Faroes|Faeroe Islands;Faroese;Tórshavn|Torshavn;t
FSM;Q702;Micronesia;Federated States of Micronesia|FSM;Micronesian;Palikir;u
GAB;Q1000;;Gabonese Republic;Gabonese;Libreville;u
GBR;Q145;;UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland;British|Briton|Britons;London|Downing Street|No 10|No. 10|Number 10|Whitehall|Westminster|the Foreign Office|MI6|MI5;u
GEO;Q230;;;Georgian;Tbilisi;u
GGY;Q25230;;;;St Peter Port;t
GHA;Q117;;;Ghanaian;Accra;u
GIB;Q1410;;;Gibraltarian;;t
GIN;Q1006;;Guinea-Conakry;Guinean;Conakry;u
GLP;Q17012;;;Guadeloupean;;t
GMB;Q1005;Gambia;The Gambia|the Gambia;Gambian;Banjul;u
GNB;Q1007;;;Bissau-Guinean;Bissau;u
GNQ;Q983;;;Equatorial Guinean|Equatoguinean;Malabo;u
GRC;Q41;;Hellenic Republic;Greek;Athens;u
GRD;Q769;;;Grenadian;St. George's;u
GRL;Q223;;Kalaallit Nunaat;Greenlandic|Greenlander|Greenlanders;Nuuk;t
GTM;Q774;;;Guatemalan;Guatemala City;u
GUF;Q3769;;;;Cayenne;t
GUM;Q16635;;;Guamanian;Hagåtña;t
GUY;Q734;;;Guyanese;Georgetown;u
HKG;Q8646;;Hong Kong SAR|HKSAR;Hongkonger|Hong Konger;;t
HMD;Q131198;;;;;t
HND;Q783;;;Honduran;Tegucigalpa;u
HRV;Q224;;;Croatian|Croat;Zagreb;u
HTI;Q790;;;Haitian;Port-au-Prince;u
HUN;Q28;;;Hungarian;Budapest;u
IDN;Q252;;;Indonesian;Jakarta;u
IMN;Q9676;;;Manx;Douglas;t
IND;Q668;;Republic of India|Bharat;Indian;New Delhi|Delhi|South Block|Rashtrapati Bhavan;u
IOT;Q43448;;Chagos Islands|Chagos Archipelago;;;t
IRL;Q27;;Republic of Ireland|Éire|Eire;Irish|Irishman|Irishmen;Dublin;u
IRN;Q794;Iran;Islamic Republic of Iran|the Islamic Republic|Persia;Iranian;Tehran|Teheran|the Revolutionary Guards|Revolutionary Guards|the Islamic Revolutionary Guard Corps|Islamic Revolutionary Guard Corps|the IRGC|IRGC;u
IRQ;Q796;;;Iraqi;Baghdad;u
ISL;Q189;;;Icelandic|Icelander|Icelanders;Reykjavík|Reykjavik;u
ISR;Q801;;State of Israel;Israeli;Jerusalem|Tel Aviv|Mossad|the Mossad;u
ITA;Q38;;Italian Republic;Italian;Rome|Palazzo Chigi|the Quirinale|Farnesina;u
JAM;Q766;;;Jamaican;Kingston;u
JEY;Q785;;;;St Helier;t
JOR;Q810;;Hashemite Kingdom of Jordan;Jordanian;Amman;u
JPN;Q17;;;Japanese;Tokyo|Kasumigaseki;u
KAZ;Q232;;;Kazakh|Kazakhstani;Astana;u
KEN;Q114;;;Kenyan;Nairobi|State House Nairobi;u
KGZ;Q813;;Kyrgyz Republic|Kirghizia;Kyrgyz|Kyrgyzstani;Bishkek;u
KHM;Q424;;Kingdom of Cambodia;Cambodian;Phnom Penh;u
KIR;Q710;;;I-Kiribati;Tarawa;u
KNA;Q763;;St Kitts and Nevis|St. Kitts and Nevis|St Kitts;Kittitian|Nevisian;Basseterre;u
KOR;Q884;South Korea;Republic of Korea|ROK|R.O.K.;South Korean;Seoul|the Blue House|Yongsan;u
KWT;Q817;;State of Kuwait;Kuwaiti;Kuwait City;u
LAO;Q819;Laos;Lao PDR|Lao People's Democratic Republic;Lao|Laotian;Vientiane;u
LBN;Q822;;;Lebanese;Beirut|Baabda;u
LBR;Q1014;;;Liberian;Monrovia;u
LBY;Q1016;;;Libyan;Tripoli;u
LCA;Q760;;St Lucia|St. Lucia;Saint Lucian;Castries;u
LIE;Q347;;;Liechtensteiner;Vaduz;u
LKA;Q854;;;Sri Lankan;Colombo|Sri Jayawardenepura Kotte;u
LSO;Q1013;;;Basotho|Mosotho;Maseru;u
LTU;Q37;;;Lithuanian;Vilnius;u
LUX;Q32;;;Luxembourgish|Luxembourger;Luxembourg City;u
LVA;Q211;;;Latvian;Riga;u
MAC;Q14773;Macao;Macau|Macao SAR;Macanese;;t
MAF;Q126125;;Saint-Martin;;Marigot;t
MAR;Q1028;;;Moroccan;Rabat;u
MCO;Q235;;;Monegasque|Monégasque;;u
MDA;Q217;Moldova;Republic of Moldova;Moldovan;Chișinău|Chisinau;u
MDG;Q1019;;;Malagasy;Antananarivo;u
MDV;Q826;;;Maldivian;Malé|Male;u
MEX;Q96;;United Mexican States;Mexican;Mexico City|Palacio Nacional;u
MHL;Q709;;;Marshallese;Majuro;u
MKD;Q221;;Macedonia|FYROM;Macedonian;Skopje;u
MLI;Q912;;;Malian;Bamako;u
MLT;Q233;;;Maltese;Valletta;u
MMR;Q836;;Burma;Burmese|Myanmar's;Naypyidaw|Naypyitaw|Nay Pyi Taw;u
MNE;Q236;;;Montenegrin;Podgorica;u
MNG;Q711;;;Mongolian;Ulaanbaatar|Ulan Bator;u
MNP;Q16644;;;;Saipan;t
MOZ;Q1029;;;Mozambican;Maputo;u
MRT;Q1025;;;Mauritanian;Nouakchott;u
MSR;Q13353;;;Montserratian;;t
MTQ;Q17054;;;Martinican;Fort-de-France;t
MUS;Q1027;;;Mauritian;Port Louis;u
MWI;Q1020;;;Malawian;Lilongwe;u
MYS;Q833;;;Malaysian;Kuala Lumpur|Putrajaya;u
MYT;Q17063;;;Mahoran;;t
NAM;Q1030;;;Namibian;Windhoek;u
NCL;Q33788;;Kanaky;New Caledonian;Nouméa|Noumea;t
NER;Q1032;;;Nigerien;Niamey;u
NFK;Q31057;;;;;t
NGA;Q1033;;;Nigerian;Abuja|Aso Rock|Aso Villa;u
NIC;Q811;;;Nicaraguan;Managua;u
NIU;Q34020;;;Niuean;Alofi;t
NLD;Q55;;Holland|Kingdom of the Netherlands|the Netherlands;Dutch|Dutchman|Dutchmen;Amsterdam|The Hague|the Hague;u
NOR;Q20;;;Norwegian;Oslo;u
NPL;Q837;;;Nepali|Nepalese;Kathmandu|Singha Durbar;u
NRU;Q697;;;Nauruan;Yaren;u
NZL;Q664;;Aotearoa;New Zealander|Kiwi;Wellington|the Beehive;u
OMN;Q842;;Sultanate of Oman;Omani;Muscat;u
PAK;Q843;;Islamic Republic of Pakistan;Pakistani;Islamabad|Rawalpindi;u
PAN;Q804;;;Panamanian;Panama City;u
PCN;Q35672;Pitcairn Islands;Pitcairn;Pitcairn Islander;Adamstown;t
PER;Q419;;;Peruvian;Lima|Palacio de Gobierno;u
PHL;Q928;;;Filipino|Philippine;Manila|Malacañang|Malacanang;u
PLW;Q695;;;Palauan;Ngerulmud;u
PNG;Q691;;PNG;Papua New Guinean;Port Moresby;u
POL;Q36;;;Polish|Pole|Poles;Warsaw;u
PRI;Q1183;;;Puerto Rican;San Juan;t
PRK;Q423;North Korea;DPRK|D.P.R.K.|Democratic People's Republic of Korea;North Korean;Pyongyang;u
PRT;Q45;;Portuguese Republic;Portuguese;Lisbon|São Bento|Belém Palace;u
PRY;Q733;;;Paraguayan;Asunción|Asuncion;u
PSE;Q219060;Palestine;State of Palestine|Palestinian territories|Palestinian Territories|Palestinian Authority|occupied Palestinian territories|Gaza Strip|Gaza|West Bank;Palestinian;Ramallah|East Jerusalem;o
PYF;Q30971;;Tahiti;French Polynesian|Tahitian;Papeete;t
QAT;Q846;;State of Qatar;Qatari;Doha;u
REU;Q17070;;Reunion;Réunionese;Saint-Denis;t
ROU;Q218;;;Romanian;Bucharest|Cotroceni;u
RUS;Q159;Russia;Russian Federation;Russian;Moscow|the Kremlin|Kremlin|the GRU|GRU|the FSB|FSB|the SVR|SVR;u
RWA;Q1037;;;Rwandan;Kigali;u
SAU;Q851;;Kingdom of Saudi Arabia|KSA|Saudi;Saudi|Saudi Arabian;Riyadh;u
SDN;Q1049;;;Sudanese;Khartoum|Port Sudan;u
SEN;Q1041;;;Senegalese;Dakar;u
SGP;Q334;;;Singaporean;;u
SGS;Q35086;;;;;t
SHN;Q192184;;Saint Helena|St Helena;Saint Helenian;Jamestown;t
SJM;Q842829;;Svalbard;;;t
SLB;Q685;;;Solomon Islander;Honiara;u
SLE;Q1044;;;Sierra Leonean;Freetown;u
SLV;Q792;;;Salvadoran|Salvadorian;San Salvador;u
SMR;Q238;;;Sammarinese;City of San Marino;u
SOM;Q1045;;;Somali;Mogadishu|Villa Somalia;u
SPM;Q34617;;;;;t
SRB;Q403;;;Serbian|Serb;Belgrade;u
SSD;Q958;;;South Sudanese;Juba;u
STP;Q1039;São Tomé and Príncipe;Sao Tome and Principe|São Tomé;Santomean;São Tomé City;u
SUR;Q730;;;Surinamese;Paramaribo;u
SVK;Q214;;Slovak Republic;Slovak;Bratislava;u
SVN;Q215;;;Slovenian|Slovene;Ljubljana;u
SWE;Q34;;;Swedish|Swede|Swedes;Stockholm|Rosenbad;u
SWZ;Q1050;;Swaziland;Swazi|Liswati;Mbabane|Lobamba;u
SXM;Q26273;Sint Maarten;;;Philipsburg;t
SYC;Q1042;;;Seychellois;;u
SYR;Q858;Syria;Syrian Arab Republic;Syrian;Damascus;u
TCA;Q18221;;;;Cockburn Town;t
TCD;Q657;;;Chadian;N'Djamena|Ndjamena;u
TGO;Q945;;Togolese Republic;Togolese;Lomé|Lome;u
THA;Q869;;Siam;Thai;Bangkok|Government House;u
TJK;Q863;;;Tajik|Tajikistani;Dushanbe;u
TKL;Q36823;;;Tokelauan;;t
TKM;Q874;;;Turkmen;Ashgabat;u
TLS;Q574;;East Timor|Timor Leste;Timorese;Dili;u
TON;Q678;;;Tongan;Nukuʻalofa|Nuku'alofa;u
TTO;Q754;;Trinidad;Trinidadian|Tobagonian;Port of Spain;u
TUN;Q948;;;Tunisian;Tunis|Carthage Palace;u
TUR;Q43;Türkiye;Turkey|Turkiye|Republic of Türkiye|Republic of Turkey;Turkish|Turk|Turks;Ankara;u
TUV;Q672;;;Tuvaluan;Funafuti;u
TWN;Q865;Taiwan;Republic of China|ROC|R.O.C.|Chinese Taipei;Taiwanese;Taipei;t
TZA;Q924;Tanzania;United Republic of Tanzania;Tanzanian;Dodoma|Dar es Salaam;u
UGA;Q1036;;;Ugandan;Kampala;u
UKR;Q212;;;Ukrainian;Kyiv|Kiev|Bankova;u
UMI;Q16645;;;;;t
URY;Q77;;;Uruguayan;Montevideo;u
USA;Q30;;United States of America|U.S.|US|USA|U.S.A.|America|the States|the United States;American;Washington|Washington, D.C.|Washington DC|the White House|White House|the Pentagon|Pentagon|the State Department|State Department|Foggy Bottom|Capitol Hill|the CIA|CIA|the Treasury|Treasury Department|the Treasury Department;u
UZB;Q265;;;Uzbek|Uzbekistani;Tashkent;u
VAT;Q237;Holy See;Vatican|Vatican City|the Vatican|Vatican City State;;the Apostolic Palace;o
VCT;Q757;;St Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent;Vincentian;Kingstown;u
VEN;Q717;Venezuela;Bolivarian Republic of Venezuela;Venezuelan;Caracas|Miraflores|Miraflores Palace;u
VGB;Q25305;British Virgin Islands;BVI;;Road Town;t
VIR;Q11703;U.S. Virgin Islands;US Virgin Islands|USVI;;Charlotte Amalie;t
VNM;Q881;Vietnam;Viet Nam|Socialist Republic of Vietnam;Vietnamese;Hanoi|Ha Noi;u
VUT;Q686;;;Ni-Vanuatu;Port Vila;u
WLF;Q35555;;;;Mata-Utu;t
WSM;Q683;;;Samoan;Apia;u
YEM;Q805;;;Yemeni;Sanaa|Sana'a|Aden;u
ZAF;Q258;;;South African;Pretoria|Union Buildings|Cape Town;u
ZMB;Q953;;;Zambian;Lusaka;u
ZWE;Q954;;;Zimbabwean;Harare;u
"""

STATUS = {"u": "un", "o": "observer", "t": "other"}
OUT = Path(__file__).with_name("countries.csv")
HEADER = "# Sources: ISO 3166-1 via pycountry; Wikidata item ids and names as in SOURCES.md"


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def build() -> list[dict[str, str]]:
    """Merge pycountry's codes and names with the hand-kept table, one dict a country."""
    table = {}
    for line in TABLE.strip().splitlines():
        iso3, qid, name, aliases, demonyms, metonyms, status = line.split(";")
        table[iso3] = (qid, name, aliases, demonyms, metonyms, STATUS[status])
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        qid, name, aliases, demonyms, metonyms, status = table.pop(c.alpha_3)
        name = name or getattr(c, "common_name", None) or c.name
        names = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")] + _split(aliases)
        seen, alias_list = {name.casefold()}, []
        for n in names:
            # pycountry's inverted forms ("Korea, Republic of") never occur in running text
            if n and ", " not in n and n.casefold() not in seen:
                seen.add(n.casefold())
                alias_list.append(n)
        rows.append({"iso3": c.alpha_3, "iso2": c.alpha_2, "name": name, "wikidata": qid,
                     "aliases": "|".join(alias_list), "demonyms": "|".join(_split(demonyms)),
                     "metonyms": "|".join(_split(metonyms)), "status": status})
    if table:
        raise SystemExit(f"codes in TABLE that pycountry does not know: {sorted(table)}")
    rows += EXTRA
    return sorted(rows, key=lambda r: r["iso3"])


# Not in ISO 3166-1 but an actor in the news: Kosovo, under the user-assigned code XK/XKX that the
# European Commission, the IMF and SWIFT use (Wikidata Q1246).
EXTRA = [{"iso3": "XKX", "iso2": "XK", "name": "Kosovo", "wikidata": "Q1246", "aliases": "Republic of Kosovo",
          "demonyms": "Kosovar|Kosovan", "metonyms": "Pristina|Prishtina", "status": "other"}]


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\n")
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
