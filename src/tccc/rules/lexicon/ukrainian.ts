/**
 * Ukrainian words of Ukrainian partner medics writing for English readers, mostly in Cyrillic and sometimes in Latin
 * letters ("турнікет ліве стегно 14:20", "АТ 100/60, ЧСС 118", "кетамін 50 мг в/м", "turniket", "shyna SAM"), each with
 * the English words the readers already know, as lexicon/polish.ts does for Polish. Ukrainian writes the side before
 * the part, as English does ("праве передпліччя"), and bends both ("правої стопи", "лівої гомілки"): each form the
 * medics write is a key. Keys are lower case; "й" and "ї" lose their marks when looked up (gloss-phrases.ts `plain`),
 * so they are written here as the medics write them and made plain where they are looked up (ukrainian-glosses.ts).
 */

/** Body parts, named as the English table names them ("стегно" → thigh → leg), with the forms after a side. */
export const UKRAINIAN_BODY: Readonly<Record<string, string>> = {
  стегно: 'thigh',
  стегна: 'thigh',
  стегні: 'thigh',
  передпліччя: 'forearm',
  передпліччі: 'forearm',
  плече: 'shoulder',
  плеча: 'shoulder',
  плечі: 'shoulder',
  гомілка: 'shin',
  гомілки: 'shin',
  гомілці: 'shin',
  стопа: 'foot',
  стопи: 'foot',
  стопі: 'foot',
  нога: 'leg',
  ноги: 'leg',
  нозі: 'leg',
  рука: 'arm',
  руки: 'arm',
  руці: 'arm',
  кисть: 'hand',
  кисті: 'hand',
  коліно: 'knee',
  коліна: 'knee',
  голова: 'head',
  голови: 'head',
  шия: 'neck',
  шиї: 'neck',
  груди: 'chest',
  'грудна клітка': 'chest',
  'грудної клітки': 'chest',
  лікоть: 'elbow',
  ліктя: 'elbow',
  грудей: 'chest',
  живіт: 'abdomen',
  живота: 'abdomen',
  животі: 'abdomen',
  таз: 'pelvis',
  спина: 'back',
  спини: 'back',
  обличчя: 'face',
  груднина: 'sternum',
  груднини: 'sternum',
  ніздря: 'nostril',
};

/** Sides, in each form a side takes before its part ("ліве стегно", "правої стопи"), and "зліва" (on the left). */
const SIDES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['е', 'ий', 'а', 'ої', 'ого', 'ій', 'ому', 'ою', 'і'].flatMap((ending) => [
      [`лів${ending}`, 'left'],
      [`прав${ending}`, 'right'],
    ]),
  ),
  зліва: 'left',
  справа: 'right',
};

/** Wounds and what caused them ("кульове", "уламкові рани", "без вихідного отвору", "підрив на міні", "обстріл"). */
const HURTS: Readonly<Record<string, string>> = {
  кульове: 'gsw',
  кульова: 'gsw',
  кульовий: 'gsw',
  кульові: 'gsw',
  'вогнепальне поранення': 'gunshot wound',
  осколкове: 'fragment',
  осколкова: 'fragment',
  осколкові: 'fragment',
  уламкове: 'fragment',
  уламкова: 'fragment',
  уламкові: 'fragment',
  поранення: 'wounds',
  рана: 'wound',
  рани: 'wounds',
  наскрізне: 'through and through',
  наскрізна: 'through and through',
  'без вихідного отвору': 'no exit wound',
  'відкритий перелом': 'open fracture',
  перелом: 'fracture',
  'травматична ампутація': 'traumatic amputation',
  ампутація: 'amputation',
  контузія: 'concussion',
  кровотеча: 'bleeding',
  'кровотечі нема': 'no bleeding',
  'кровотечі немає': 'no bleeding',
  снайпер: 'sniper',
  'підрив на міні': 'landmine',
  міна: 'landmine',
  обстріл: 'shelling',
  арта: 'artillery',
  arta: 'artillery',
  артилерія: 'artillery',
  граната: 'grenade',
  вибух: 'explosion',
  міномет: 'mortar',
  'мінометний обстріл': 'mortar',
  опік: 'burn',
  опіки: 'burns',
};

/** Care given ("турнікет", "тиснуча пов'язка", "в/в катетер", "термоковдра", "shyna SAM"), Cyrillic and Latin. */
const CARE: Readonly<Record<string, string>> = {
  турнікет: 'tourniquet',
  турнікети: 'tourniquets',
  turniket: 'tourniquet',
  джгут: 'tourniquet',
  "тиснуча пов'язка": 'pressure dressing',
  "пов'язка": 'dressing',
  тампонада: 'wound packing',
  'тампонада гемостатичною марлею': 'hemostatic gauze',
  'гемостатичною марлею': 'hemostatic gauze',
  'гемостатична марля': 'hemostatic gauze',
  термоковдра: 'hypothermia blanket',
  'оклюзійна наліпка': 'chest seal',
  'оклюзійну наліпку': 'chest seal',
  'голкова декомпресія': 'needle decompression',
  'тазовий бандаж': 'pelvic binder',
  шина: 'splint',
  shyna: 'splint',
  кисень: 'oxygen',
  // "Турнікет на стегні залишили, не чіпали": a tourniquet left where it was is no new one.
  залишили: 'still on',
  залишив: 'still on',
  залишила: 'still on',
  'не чіпали': 'still in place',
  'не чіпав': 'still in place',
  'не чіпала': 'still in place',
  на: 'on',
  наклав: 'applied',
  наклала: 'applied',
  конвертували: 'converted',
};

/** Drugs and fluids ("кетамін", "ТХА" in Cyrillic letters, "Рінгер лактат", "кров"), and the units of their doses. */
const DRUGS: Readonly<Record<string, string>> = {
  кетамін: 'ketamine',
  кетаміну: 'ketamine',
  фентанілу: 'fentanyl',
  морфіну: 'morphine',
  цефтріаксон: 'ceftriaxone',
  моксифлоксацин: 'moxifloxacin',
  ондансетрон: 'ondansetron',
  фентаніл: 'fentanyl',
  морфін: 'morphine',
  цефазолін: 'cefazolin',
  ертапенем: 'ertapenem',
  тха: 'txa',
  'транексамова кислота': 'tranexamic acid',
  парацетамол: 'paracetamol',
  'рінгер лактат': 'ringer lactate',
  рінгер: 'ringer',
  фізрозчин: 'saline',
  кров: 'blood',
  крові: 'blood',
  плазма: 'plasma',
  мл: 'ml',
  мг: 'mg',
  мкг: 'mcg',
};

/** Vital signs ("ЧСС 118", "АТ 100/60", "ЧД 24", "біль 7/10", "при свідомості", "реагує на голос"). */
const SIGNS: Readonly<Record<string, string>> = {
  чсс: 'pulse',
  пульс: 'pulse',
  тиск: 'bp',
  сатурація: 'sats',
  ат: 'bp',
  чд: 'resp rate',
  біль: 'pain',
  'при свідомості': 'alert',
  'реагує на голос': 'responds to voice',
  'реагує на біль': 'responds to pain',
  'без свідомості': 'unresponsive',
  'втрачав свідомість': 'lost consciousness',
  дезорієнтований: 'disoriented',
  дезорієнтована: 'disoriented',
};

/** Who the casualty is ("Пацієнт: …, чоловік", "Алергій на ліки немає", "Алергія на новокаїн"). */
const PEOPLE: Readonly<Record<string, string>> = {
  пацієнт: 'patient',
  пацієнтка: 'patient',
  поранений: 'wounded',
  поранена: 'wounded',
  чоловік: 'male',
  жінка: 'female',
  'алергій на ліки немає': 'no known drug allergies',
  'алергій немає': 'no known allergies',
  'алергія на': 'allergic to',
  алергія: 'allergies',
  'не знає': 'unknown',
};

/** A brigade by its letters ("128 ОГШБр": separate mountain assault brigade), as the unit reader knows a brigade. */
const UNITS: Readonly<Record<string, string>> = {
  омбр: 'bde',
  ошбр: 'bde',
  огшбр: 'bde',
  омпбр: 'bde',
  отбр: 'bde',
  бригада: 'brigade',
};

/** Ranks before a name, as the English ranks of the same grade ("солдат Андрій Бондаренко", "мол. сержант Коваль"). */
export const UKRAINIAN_RANKS: Readonly<Record<string, string>> = {
  солдат: 'pvt',
  'ст. солдат': 'pfc',
  'мол. сержант': 'sgt',
  сержант: 'sgt',
  'ст. сержант': 'ssg',
  лейтенант: 'lt',
};

/** Words that take back what came before ("14:40 — ні, виправлення: 14:45", "виправляю: 06:45"), and "not given". */
const TAKE_BACKS: Readonly<Record<string, string>> = {
  виправлення: 'correction',
  виправляю: 'correction',
  'не давали': 'not given',
  'не вводили': 'not given',
  'не даю': 'not given',
  'не потрібен': 'not needed',
  'не потрібна': 'not needed',
  'не потрібно': 'not needed',
  евакуація: 'evac',
  пріоритет: 'priority',
  pryorytet: 'priority',
};

/** "з" (from) only before a part ("турнікет з передпліччя конвертували"): elsewhere it is "with" as often. */
export const UKRAINIAN_FROM: Readonly<Record<string, string>> = { з: 'from', із: 'from' };

/** Units written only after a number ("TXA 1 г", "~1 хв"): alone, "г" is no gram. */
export const UKRAINIAN_UNITS: Readonly<Record<string, string>> = { г: 'g', год: 'hours', хв: 'min', мм: 'mm' };

/** The routes written with a slash ("в/в", "в/м", "в/к"): into a vein, a muscle, a bone. */
export const UKRAINIAN_ROUTES: Readonly<Record<string, string>> = { 'в/в': 'iv', 'в/м': 'im', 'в/к': 'io' };

export const UKRAINIAN_GLOSSES: Readonly<Record<string, string>> = {
  ...UKRAINIAN_BODY,
  ...UKRAINIAN_FROM,
  ...SIDES,
  ...HURTS,
  ...CARE,
  ...DRUGS,
  ...SIGNS,
  ...PEOPLE,
  ...UNITS,
  ...UKRAINIAN_RANKS,
  ...TAKE_BACKS,
  ...UKRAINIAN_UNITS,
};

/** Words only Ukrainian writes: three of them make a narrative Ukrainian, and only then is its Ukrainian glossed. */
export const UKRAINIAN_MARKERS: readonly string[] = [
  'ні',
  'немає',
  'не',
  'турнікет',
  'ліве',
  'праве',
  'лівої',
  'правої',
  'чсс',
  'при',
  'біль',
  'пацієнт',
  'поранений',
];
