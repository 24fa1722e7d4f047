//! The references stage on hand-checked citation sentences (English,
//! French, Spanish, and a few Russian/Arabic/Chinese), and on the seed.
//!
//! Every expected value below was written from the sentence, by hand: the
//! kind, the exact cited words (their span is checked to be where those
//! words stand: the `nth` occurrence in the sentence), and the target
//! (symbol, ISO date, treaty volume and number, internal id).

use clausemark::model::{RefKind, Reference};
use clausemark::references::scan_text;

/// One expected reference: kind, text, which occurrence of the text in the
/// sentence (0 = first), and the target in short form:
/// resolution/decision/document: the symbol (`+` joins the parts of a joint
/// symbol), or `body=NAME` when no symbol exists; date: `YYYY-MM-DD` or
/// `START..END`; treaty: `vol V No N` (`vols A,B No N`), or the
/// instrument's name; internal: the id, `-` for none.
type Exp = (&'static str, &'static str, usize, &'static str);

fn kind_name(k: RefKind) -> &'static str {
    match k {
        RefKind::Resolution => "resolution",
        RefKind::Decision => "decision",
        RefKind::Document => "document",
        RefKind::Treaty => "treaty",
        RefKind::Date => "date",
        RefKind::Internal => "internal",
    }
}

fn short_target(r: &Reference) -> String {
    let t = &r.target;
    match r.kind {
        RefKind::Resolution | RefKind::Decision | RefKind::Document => match &t.symbol {
            Some(s) => {
                let mut v = vec![s.clone()];
                v.extend(r.also.iter().filter_map(|x| x.symbol.clone()));
                v.join("+")
            }
            None => format!("body={}", t.body.clone().unwrap_or_default()),
        },
        RefKind::Date => match &t.end {
            Some(e) => format!("{}..{}", t.date.clone().unwrap_or_default(), e),
            None => t.date.clone().unwrap_or_default(),
        },
        RefKind::Treaty => match &t.name {
            Some(n) => n.clone(),
            None if t.volumes.len() > 1 => format!("vols {} No {}", t.volumes.join(","), t.number.clone().unwrap_or_default()),
            None => format!("vol {} No {}", t.volume.clone().unwrap_or_default(), t.number.clone().unwrap_or_default()),
        },
        RefKind::Internal => t.id.clone().unwrap_or_else(|| "-".into()),
    }
}

fn nth_pos(hay: &str, needle: &str, n: usize) -> usize {
    let mut from = 0;
    for _ in 0..n {
        from += hay[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not in {hay:?}")) + needle.len();
    }
    from + hay[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not in {hay:?}"))
}

fn check(lang: &str, body: &str, sentence: &str, exp: &[Exp]) {
    let body = if body.is_empty() { None } else { Some(body) };
    let got = scan_text(sentence, body, lang);
    let show = |v: &[Reference]| v.iter().map(|r| format!("{} {:?} {:?} {}", kind_name(r.kind), r.text, r.span, short_target(r))).collect::<Vec<_>>().join("\n  ");
    assert_eq!(got.len(), exp.len(), "in {sentence:?}\n got:\n  {}", show(&got));
    for (r, &(kind, text, nth, target)) in got.iter().zip(exp) {
        let start = nth_pos(sentence, text, nth);
        assert_eq!(kind_name(r.kind), kind, "kind of {text:?} in {sentence:?}");
        assert_eq!(r.text, text, "text in {sentence:?}\n got:\n  {}", show(&got));
        assert_eq!((r.span.start, r.span.end), (start, start + text.len()), "span of {text:?} in {sentence:?}");
        assert_eq!(&sentence[r.span.start..r.span.end], r.text);
        assert_eq!(short_target(r), target, "target of {text:?} in {sentence:?}");
        if let Some(sym) = &r.target.symbol {
            let compact: String = sym.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(r.target.url.as_deref(), Some(format!("https://undocs.org/en/{compact}").as_str()));
        }
    }
}

const GA: &str = "General Assembly";
const SC: &str = "Security Council";
const HRC: &str = "Human Rights Council";
const CND: &str = "Commission on Narcotic Drugs";
const ECOSOC: &str = "Economic and Social Council";

// ---------------------------------------------------------------------------
// resolutions and decisions, English

#[test]
fn english_resolutions() {
    check("en", GA, "Recalling its resolution 64/182 of 18 December 2009,", &[
        ("resolution", "64/182", 0, "A/RES/64/182"),
        ("date", "18 December 2009", 0, "2009-12-18"),
    ]);
    check("en", CND, "Bearing in mind its resolutions 51/11 and 52/9,", &[
        ("resolution", "51/11", 0, "body=Commission on Narcotic Drugs"),
        ("resolution", "52/9", 0, "body=Commission on Narcotic Drugs"),
    ]);
    check("en", CND, "Bearing in mind General Assembly resolutions 64/179 of 18 December 2009 and 64/182, and other resolutions,", &[
        ("resolution", "64/179", 0, "A/RES/64/179"),
        ("date", "18 December 2009", 0, "2009-12-18"),
        ("resolution", "64/182", 0, "A/RES/64/182"),
    ]);
    check("en", GA, "Recalling Security Council resolution 1373 (2001),", &[("resolution", "1373 (2001)", 0, "S/RES/1373(2001)")]);
    check("en", GA, "Welcoming resolutions 2231 (2015) and 2334 (2016),", &[
        ("resolution", "2231 (2015)", 0, "S/RES/2231(2015)"),
        ("resolution", "2334 (2016)", 0, "S/RES/2334(2016)"),
    ]);
    check("en", GA, "Recalling also resolution S-20/2, annex,", &[("resolution", "S-20/2", 0, "A/RES/S-20/2")]);
    check("en", GA, "Guided by resolution 217 A (III),", &[("resolution", "217 A (III)", 0, "A/RES/217(III)")]);
    check("en", GA, "Noting Economic and Social Council resolution 2009/23 of 30 July 2009,", &[
        ("resolution", "2009/23", 0, "E/RES/2009/23"),
        ("date", "30 July 2009", 0, "2009-07-30"),
    ]);
    check("en", HRC, "Recalling its resolution 55/2 on the situation,", &[("resolution", "55/2", 0, "A/HRC/RES/55/2")]);
    check("en", GA, "Recalling Human Rights Council resolution 42/12,", &[("resolution", "42/12", 0, "A/HRC/RES/42/12")]);
    check("en", HRC, "Recalling its decision 2/5 of 28 November 2006,", &[
        ("decision", "2/5", 0, "A/HRC/DEC/2/5"),
        ("date", "28 November 2006", 0, "2006-11-28"),
    ]);
    check("en", GA, "Recalling its decision 75/555 of 31 December 2020,", &[
        ("decision", "75/555", 0, "A/DEC/75/555"),
        ("date", "31 December 2020", 0, "2020-12-31"),
    ]);
    check("en", GA, "Recalling its resolution 1514 (XV) of 14 December 1960,", &[
        ("resolution", "1514 (XV)", 0, "A/RES/1514(XV)"),
        ("date", "14 December 1960", 0, "1960-12-14"),
    ]);
    check("en", GA, "Recalling its resolutions 52/212 B of 31 March 1998 and 74/249 A,", &[
        ("resolution", "52/212 B", 0, "A/RES/52/212B"),
        ("date", "31 March 1998", 0, "1998-03-31"),
        ("resolution", "74/249 A", 0, "A/RES/74/249"),
    ]);
    check("en", GA, "Recalling its resolution ES-10/15 of 20 July 2004,", &[
        ("resolution", "ES-10/15", 0, "A/RES/ES-10/15"),
        ("date", "20 July 2004", 0, "2004-07-20"),
    ]);
    check("en", GA, "Recalling resolution 3201 (S-VI) on a new international economic order,", &[("resolution", "3201 (S-VI)", 0, "A/RES/3201(S-VI)")]);
    check("en", SC, "Recalling its previous resolutions, in particular resolution 2511 (2020),", &[("resolution", "2511 (2020)", 0, "S/RES/2511(2020)")]);
    check("en", SC, "Recalling General Assembly resolution 70/1 on the 2030 Agenda,", &[("resolution", "70/1", 0, "A/RES/70/1")]);
    check("en", SC, "Recalling resolution 70/1,", &[("resolution", "70/1", 0, "A/RES/70/1")]);
    check("en", GA, "Recalling relevant General Assembly resolutions, including resolution 70/1,", &[("resolution", "70/1", 0, "A/RES/70/1")]);
    check("en", GA, "Welcoming the fact that the General Assembly, in its resolution 64/182, adopted the Declaration,", &[("resolution", "64/182", 0, "A/RES/64/182")]);
    check("en", CND, "Welcoming the fact that the General Assembly, in its resolution 64/182, adopted the Declaration,", &[("resolution", "64/182", 0, "A/RES/64/182")]);
    check("en", GA, "In accordance with Security Council resolutions 1368 (2001) of 12 September 2001, 1373 (2001) and 1377 (2001),", &[
        ("resolution", "1368 (2001)", 0, "S/RES/1368(2001)"),
        ("date", "12 September 2001", 0, "2001-09-12"),
        ("resolution", "1373 (2001)", 0, "S/RES/1373(2001)"),
        ("resolution", "1377 (2001)", 0, "S/RES/1377(2001)"),
    ]);
    check("en", GA, "based on the principles defined in Assembly resolution 1541 (XV),", &[("resolution", "1541 (XV)", 0, "A/RES/1541(XV)")]);
    check("en", GA, "Recalling Security Council resolutions, including Council resolution 1373 (2001),", &[("resolution", "1373 (2001)", 0, "S/RES/1373(2001)")]);
    check("en", GA, "Recalling Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007,", &[
        ("resolution", "5/1", 0, "A/HRC/RES/5/1"),
        ("resolution", "5/2", 0, "A/HRC/RES/5/2"),
        ("date", "18 June 2007", 0, "2007-06-18"),
    ]);
    check("en", GA, "Recalling its resolutions 74/306, entitled “Comprehensive and coordinated response: the pandemic”, and 74/307,", &[
        ("resolution", "74/306", 0, "A/RES/74/306"),
        ("resolution", "74/307", 0, "A/RES/74/307"),
    ]);
    check("en", SC, "Recalling its previous resolutions on Iraq, in particular 1500 (2003), 1546 (2004) and 2470 (2019),", &[
        ("resolution", "1500 (2003)", 0, "S/RES/1500(2003)"),
        ("resolution", "1546 (2004)", 0, "S/RES/1546(2004)"),
        ("resolution", "2470 (2019)", 0, "S/RES/2470(2019)"),
    ]);
    check("en", GA, "Taking note of Economic and Social Council resolution 2020/12, and its resolution 75/1,", &[
        ("resolution", "2020/12", 0, "E/RES/2020/12"),
        ("resolution", "75/1", 0, "A/RES/75/1"),
    ]);
    check("en", GA, "General Assembly resolution 70/1, annex.", &[("resolution", "70/1", 0, "A/RES/70/1")]);
    check("en", GA, "Resolution 70/175, annex.", &[("resolution", "70/175", 0, "A/RES/70/175")]);
    check("en", ECOSOC, "Recalling its resolution 2019/24,", &[("resolution", "2019/24", 0, "E/RES/2019/24")]);
    check("en", GA, "Official Records, Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.", &[
        ("document", "A/74/53/Add.1", 0, "A/74/53/Add.1"),
        ("resolution", "42/12", 0, "A/HRC/RES/42/12"),
    ]);
    check("en", GA, "Welcomes the adoption of resolution 5/12 of 2 March 2022 by the Environment Assembly,", &[
        ("resolution", "5/12", 0, "body="),
        ("date", "2 March 2022", 0, "2022-03-02"),
    ]);
    check("en", GA, "in line with United Nations Environment Assembly resolution 4/1,", &[("resolution", "4/1", 0, "body=")]);
    check("en", GA, "Recalling Economic and Social Council resolutions 2019/24 and 2020/12,", &[
        ("resolution", "2019/24", 0, "E/RES/2019/24"),
        ("resolution", "2020/12", 0, "E/RES/2020/12"),
    ]);
    check("en", GA, "Noting Commission on Narcotic Drugs resolution 61/11,", &[("resolution", "61/11", 0, "body=Commission on Narcotic Drugs")]);
    check("en", SC, "Recalling General Assembly decision 75/555 and its resolution 2334 (2016) of 23 December 2016.", &[
        ("decision", "75/555", 0, "A/DEC/75/555"),
        ("resolution", "2334 (2016)", 0, "S/RES/2334(2016)"),
        ("date", "23 December 2016", 0, "2016-12-23"),
    ]);
    // numbers that are not resolutions
    check("en", GA, "Noting that 2030 (2015) targets and 10/2019 figures, and resolution 10/2019 of 28 June 2019 adopted by the Conference,", &[
        ("resolution", "10/2019", 1, "body="),
        ("date", "28 June 2019", 0, "2019-06-28"),
    ]);
}

// ---------------------------------------------------------------------------
// French and Spanish resolutions

#[test]
fn french_spanish_resolutions() {
    check("fr", "Assemblée générale", "Rappelant sa résolution 64/182 du 18 décembre 2009,", &[
        ("resolution", "64/182", 0, "A/RES/64/182"),
        ("date", "18 décembre 2009", 0, "2009-12-18"),
    ]);
    check("fr", "Assemblée générale", "Rappelant ses résolutions 74/270, du 2 avril 2020, sur la solidarité mondiale, et 74/274, du 20 avril 2020,", &[
        ("resolution", "74/270", 0, "A/RES/74/270"),
        ("date", "2 avril 2020", 0, "2020-04-02"),
        ("resolution", "74/274", 0, "A/RES/74/274"),
        ("date", "20 avril 2020", 0, "2020-04-20"),
    ]);
    check("fr", "Assemblée générale", "conformément à la résolution 1325 (2000) du Conseil de sécurité,", &[("resolution", "1325 (2000)", 0, "S/RES/1325(2000)")]);
    check("fr", "Assemblée générale", "Rappelant la résolution 2009/23 du Conseil économique et social,", &[("resolution", "2009/23", 0, "E/RES/2009/23")]);
    check("fr", "Conseil de sécurité", "Rappelant ses résolutions 2231 (2015) et 2334 (2016),", &[
        ("resolution", "2231 (2015)", 0, "S/RES/2231(2015)"),
        ("resolution", "2334 (2016)", 0, "S/RES/2334(2016)"),
    ]);
    check("fr", "Assemblée générale", "Résolution 217 A (III).", &[("resolution", "217 A (III)", 0, "A/RES/217(III)")]);
    check("fr", "Assemblée générale", "Rappelant sa décision 75/555,", &[("decision", "75/555", 0, "A/DEC/75/555")]);
    check("fr", "Conseil de sécurité", "Rappelant la résolution 64/182 de l’Assemblée générale,", &[("resolution", "64/182", 0, "A/RES/64/182")]);
    check("fr", "Conseil des droits de l’homme", "Rappelant sa résolution 55/2,", &[("resolution", "55/2", 0, "A/HRC/RES/55/2")]);
    check("fr", "Assemblée générale", "Rappelant les résolutions du Conseil des droits de l’homme 24/14 et 27/21,", &[
        ("resolution", "24/14", 0, "A/HRC/RES/24/14"),
        ("resolution", "27/21", 0, "A/HRC/RES/27/21"),
    ]);
    check("fr", "Assemblée générale", "Résolutions S-23/2, annexe, et S-23/3, annexe.", &[
        ("resolution", "S-23/2", 0, "A/RES/S-23/2"),
        ("resolution", "S-23/3", 0, "A/RES/S-23/3"),
    ]);
    check("es", "Asamblea General", "Recordando su resolución 76/56, de 6 de diciembre de 2021,", &[
        ("resolution", "76/56", 0, "A/RES/76/56"),
        ("date", "6 de diciembre de 2021", 0, "2021-12-06"),
    ]);
    check("es", "Asamblea General", "Recordando también sus resoluciones 74/270, de 2 de abril de 2020, y 74/274,", &[
        ("resolution", "74/270", 0, "A/RES/74/270"),
        ("date", "2 de abril de 2020", 0, "2020-04-02"),
        ("resolution", "74/274", 0, "A/RES/74/274"),
    ]);
    check("es", "Asamblea General", "de conformidad con la resolución 1514 (XV) de la Asamblea General,", &[("resolution", "1514 (XV)", 0, "A/RES/1514(XV)")]);
    check("es", "Asamblea General", "Recordando las resoluciones de la Asamblea General 72/17, de 1 de diciembre de 2017, y 72/130,", &[
        ("resolution", "72/17", 0, "A/RES/72/17"),
        ("date", "1 de diciembre de 2017", 0, "2017-12-01"),
        ("resolution", "72/130", 0, "A/RES/72/130"),
    ]);
    check("es", "Asamblea General", "Tomando nota de las resoluciones del Consejo de Derechos Humanos 24/14 y 30/2,", &[
        ("resolution", "24/14", 0, "A/HRC/RES/24/14"),
        ("resolution", "30/2", 0, "A/HRC/RES/30/2"),
    ]);
    check("es", "Consejo de Seguridad", "Recordando su resolución 2532 (2020),", &[("resolution", "2532 (2020)", 0, "S/RES/2532(2020)")]);
    check("es", "Asamblea General", "Recordando la resolución 2009/23 del Consejo Económico y Social,", &[("resolution", "2009/23", 0, "E/RES/2009/23")]);
    check("es", "Asamblea General", "y la decisión 18/120 del Consejo de Derechos Humanos,", &[("decision", "18/120", 0, "A/HRC/DEC/18/120")]);
    check("es", "Asamblea General", "Resolución 70/1.", &[("resolution", "70/1", 0, "A/RES/70/1")]);
}

// ---------------------------------------------------------------------------
// Russian, Arabic, Chinese: numbers and the body named before them

#[test]
fn other_languages() {
    check("ru", "Генеральная Ассамблея", "ссылаясь на свою резолюцию 50/245 от 10 сентября 1996 года,", &[("resolution", "50/245", 0, "A/RES/50/245")]);
    check("ru", "Генеральная Ассамблея", "включая резолюции Совета Безопасности 1718 (2006) и 1874 (2009),", &[
        ("resolution", "1718 (2006)", 0, "S/RES/1718(2006)"),
        ("resolution", "1874 (2009)", 0, "S/RES/1874(2009)"),
    ]);
    check("ar", "الجمعية العامة", "بما فيها القرار 75/178", &[("resolution", "75/178", 0, "A/RES/75/178")]);
    check("zh", "大会", "2010年3月2日第64/256号和第65/122号决议", &[
        ("resolution", "64/256", 0, "A/RES/64/256"),
        ("resolution", "65/122", 0, "A/RES/65/122"),
    ]);
    check("zh", "大会", "安全理事会第1373(2001)号决议", &[("resolution", "1373(2001)", 0, "S/RES/1373(2001)")]);
}

// ---------------------------------------------------------------------------
// UN document symbols

#[test]
fn document_symbols() {
    check("en", CND, "A/64/92-E/2009/98, sect. II.A.", &[("document", "A/64/92-E/2009/98", 0, "A/64/92+E/2009/98")]);
    check("en", GA, "Taking note of the report of the Secretary-General (A/78/412).", &[("document", "A/78/412", 0, "A/78/412")]);
    check("en", CND, "See E/CN.7/2010/18.", &[("document", "E/CN.7/2010/18", 0, "E/CN.7/2010/18")]);
    check("en", GA, "CCW/CONF.VI/11, annex II.", &[("document", "CCW/CONF.VI/11", 0, "CCW/CONF.VI/11")]);
    check("en", SC, "the letter of the Secretary-General (S/2023/123);", &[("document", "S/2023/123", 0, "S/2023/123")]);
    check("en", HRC, "Taking note of draft resolution A/HRC/55/L.12,", &[("document", "A/HRC/55/L.12", 0, "A/HRC/55/L.12")]);
    check("en", GA, "See A/75/6 (Sect. 29A) and A/75/7/Add.1.", &[
        ("document", "A/75/6", 0, "A/75/6"),
        ("document", "A/75/7/Add.1", 0, "A/75/7/Add.1"),
    ]);
    check("en", GA, "Official Records, Supplement No. 23 (A/75/23), chap. XIII.", &[("document", "A/75/23", 0, "A/75/23")]);
    check("en", GA, "the identical letters (A/75/345-S/2020/898),", &[("document", "A/75/345-S/2020/898", 0, "A/75/345+S/2020/898")]);
    check("en", GA, "FCCC/CP/2015/10/Add.1, decision 1/CP.21.", &[("document", "FCCC/CP/2015/10/Add.1", 0, "FCCC/CP/2015/10/Add.1")]);
    check("en", GA, "NPT/CONF.2010/50 (Vol. I), part I.", &[("document", "NPT/CONF.2010/50 (Vol. I)", 0, "NPT/CONF.2010/50 (Vol. I)")]);
    check("en", SC, "as well as A/RES/60/180 and S/RES/1645 (2005) of 20 December 2005,", &[
        ("resolution", "A/RES/60/180", 0, "A/RES/60/180"),
        ("resolution", "S/RES/1645 (2005)", 0, "S/RES/1645 (2005)"),
        ("date", "20 December 2005", 0, "2005-12-20"),
    ]);
    check("en", GA, "statement by the President (S/PRST/2020/1),", &[("document", "S/PRST/2020/1", 0, "S/PRST/2020/1")]);
    check("fr", "Assemblée générale", "Voir A/AC.109/2019/1, par. 7 et 8.", &[("document", "A/AC.109/2019/1", 0, "A/AC.109/2019/1")]);
    check("es", "Asamblea General", "Véase A/56/61, anexo.", &[("document", "A/56/61", 0, "A/56/61")]);
    check("zh", "大会", "秘书长的报告（A/75/345）和E/CN.16/2018/CRP.3号文件", &[
        ("document", "A/75/345", 0, "A/75/345"),
        ("document", "E/CN.16/2018/CRP.3", 0, "E/CN.16/2018/CRP.3"),
    ]);
    // not symbols
    check("en", GA, "combating HIV/AIDS and km/h limits, and/or other means,", &[]);
}

// ---------------------------------------------------------------------------
// treaties

#[test]
fn treaties() {
    check("en", CND, "United Nations, Treaty Series, vol. 976, No. 14152.", &[("treaty", "United Nations, Treaty Series, vol. 976, No. 14152", 0, "vol 976 No 14152")]);
    check("en", GA, "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.", &[(
        "treaty",
        "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574",
        0,
        "vols 2225,2237,2241,2326 No 39574",
    )]);
    check("en", GA, "League of Nations, Treaty Series, vol. 94, No. 2138.", &[("treaty", "League of Nations, Treaty Series, vol. 94, No. 2138", 0, "vol 94 No 2138")]);
    check("fr", "Assemblée générale", "Nations Unies, Recueil des Traités, vol. 1577, no 27531.", &[("treaty", "Nations Unies, Recueil des Traités, vol. 1577, no 27531", 0, "vol 1577 No 27531")]);
    check("es", "Asamblea General", "Naciones Unidas, Treaty Series, vol. 1833, núm. 31363.", &[("treaty", "Naciones Unidas, Treaty Series, vol. 1833, núm. 31363", 0, "vol 1833 No 31363")]);
    check("en", CND, "Mindful of the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol,", &[(
        "treaty",
        "Single Convention on Narcotic Drugs of 1961",
        0,
        "Single Convention on Narcotic Drugs",
    )]);
    check("en", GA, "in conformity with the Charter of the United Nations and the Universal Declaration of Human Rights,", &[
        ("treaty", "Charter of the United Nations", 0, "Charter of the United Nations"),
        ("treaty", "Universal Declaration of Human Rights", 0, "Universal Declaration of Human Rights"),
    ]);
    check("en", GA, "States parties to the International Covenant on Civil and Political Rights,", &[(
        "treaty",
        "International Covenant on Civil and Political Rights",
        0,
        "International Covenant on Civil and Political Rights",
    )]);
    check("en", GA, "the Optional Protocol to the Convention on the Rights of the Child,", &[]);
    check("en", GA, "Reaffirming the 2030 Agenda for Sustainable Development,", &[("treaty", "2030 Agenda for Sustainable Development", 0, "2030 Agenda for Sustainable Development")]);
    check("fr", "Assemblée générale", "conformément à la Charte des Nations Unies et à la Déclaration universelle des droits de l’homme,", &[
        ("treaty", "Charte des Nations Unies", 0, "Charter of the United Nations"),
        ("treaty", "Déclaration universelle des droits de l’homme", 0, "Universal Declaration of Human Rights"),
    ]);
    check("es", "Asamblea General", "de conformidad con la Carta de las Naciones Unidas y la Convención de las Naciones Unidas sobre el Derecho del Mar,", &[
        ("treaty", "Carta de las Naciones Unidas", 0, "Charter of the United Nations"),
        ("treaty", "Convención de las Naciones Unidas sobre el Derecho del Mar", 0, "United Nations Convention on the Law of the Sea"),
    ]);
    check("es", "Asamblea General", "el Acuerdo de París y la Convención sobre los Derechos del Niño,", &[
        ("treaty", "Acuerdo de París", 0, "Paris Agreement"),
        ("treaty", "Convención sobre los Derechos del Niño", 0, "Convention on the Rights of the Child"),
    ]);
}

#[test]
fn treaty_targets_carry_the_lexicon_data() {
    let r = scan_text("the Convention on Psychotropic Substances of 1971,", None, "en");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].target.volume.as_deref(), Some("1019"));
    assert_eq!(r[0].target.number.as_deref(), Some("14956"));
    assert_eq!(r[0].target.year, Some(1971));
    let r = scan_text("the Universal Declaration of Human Rights", None, "en");
    assert_eq!(r[0].target.symbol.as_deref(), Some("A/RES/217(III)"));
}

// ---------------------------------------------------------------------------
// dates

#[test]
fn dates() {
    check("en", GA, "held in Doha from 16 to 18 November 2022,", &[("date", "from 16 to 18 November 2022", 0, "2022-11-16..2022-11-18")]);
    check("en", GA, "held from 30 November to 2 December 2022,", &[("date", "from 30 November to 2 December 2022", 0, "2022-11-30..2022-12-02")]);
    check("en", GA, "held in New York on 9–20 July 2001,", &[("date", "9–20 July 2001", 0, "2001-07-09..2001-07-20")]);
    check("en", GA, "adopted on 1 January 2016 and revised on 31 December 2019,", &[
        ("date", "1 January 2016", 0, "2016-01-01"),
        ("date", "31 December 2019", 0, "2019-12-31"),
    ]);
    check("fr", "Assemblée générale", "tenue à Genève du 16 au 18 novembre 2022,", &[("date", "du 16 au 18 novembre 2022", 0, "2022-11-16..2022-11-18")]);
    check("fr", "Assemblée générale", "adoptée le 1er février 2021,", &[("date", "1er février 2021", 0, "2021-02-01")]);
    check("es", "Asamblea General", "celebrada del 16 al 18 de noviembre de 2022,", &[("date", "del 16 al 18 de noviembre de 2022", 0, "2022-11-16..2022-11-18")]);
    check("es", "Asamblea General", "aprobada el 25 de septiembre de 2015,", &[("date", "25 de septiembre de 2015", 0, "2015-09-25")]);
    // not dates
    check("en", GA, "in September 2015 and on 12 occasions in 2019,", &[]);
}

// ---------------------------------------------------------------------------
// internal references (no document here: ids are checked in `internal_ids`)

#[test]
fn internal_phrases() {
    check("en", CND, "to respond to the threat mentioned in paragraph 3 above;", &[("internal", "3", 0, "-")]);
    check("en", GA, "the measures referred to in paragraphs 5 and 6 below;", &[
        ("internal", "5", 0, "-"),
        ("internal", "6", 0, "-"),
    ]);
    check("en", GA, "the information requested in subparagraph (a) above;", &[("internal", "(a)", 0, "-")]);
    // the present resolution is always the document itself
    check("en", GA, "on the implementation of the present resolution.", &[("internal", "the present resolution", 0, "resolution")]);
    check("en", CND, "as set out in paragraph 28 of the Political Declaration and Plan of Action,", &[]);
    check("fr", "Assemblée générale", "visées au paragraphe 3 ci-dessus ;", &[("internal", "3", 0, "-")]);
    check("fr", "Assemblée générale", "sur l’application de la présente résolution.", &[("internal", "la présente résolution", 0, "resolution")]);
    check("es", "Asamblea General", "mencionadas en los párrafos 5 y 6 supra;", &[
        ("internal", "5", 0, "-"),
        ("internal", "6", 0, "-"),
    ]);
    check("es", "Asamblea General", "sobre la aplicación de la presente resolución.", &[("internal", "la presente resolución", 0, "resolution")]);
}

#[test]
fn internal_ids() {
    let text = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act;\n\n2. Requests the following:\n\n(a) A report;\n\n(b) The information referred to in subparagraph (a) above;\n\n3. Also decides that the measures referred to in paragraphs 1 and 2 (b) above apply;\n\n4. Requests a report on the implementation of paragraph 3 of the present resolution and on paragraph 28 of the Declaration.\n";
    let doc = clausemark::parse(text, &Default::default());
    let ids: Vec<(String, String, Option<String>)> = doc
        .references
        .iter()
        .filter(|r| r.kind == RefKind::Internal)
        .map(|r| (r.paragraph.clone(), r.text.clone(), r.target.id.clone()))
        .collect();
    let want = [
        ("para_2__list_1__point_b", "(a)", Some("para_2__list_1__point_a")),
        ("para_3", "1", Some("para_1")),
        ("para_3", "2 (b)", Some("para_2__list_1__point_b")),
        ("para_4", "3", Some("para_3")),
    ];
    let want: Vec<(String, String, Option<String>)> = want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.map(String::from))).collect();
    assert_eq!(ids, want);
    // the resolution itself is one reference of its own kind
    assert!(doc.references.iter().any(|r| r.kind == RefKind::Resolution && r.text == "70/1" && r.paragraph == "preamble__container_1"));
}

// ---------------------------------------------------------------------------
// the seed: every reference, found and resolved

#[test]
fn seed() {
    let input = include_str!("fixtures/cnd-53-8.md");
    let doc = clausemark::parse(input, &Default::default());
    let got: Vec<(String, &str, String, String)> = doc
        .references
        .iter()
        .map(|r| (r.paragraph.clone(), kind_name(r.kind), r.text.clone(), short_target(r)))
        .collect();
    let want: &[(&str, &str, &str, &str)] = &[
        ("preamble__container_1", "treaty", "Single Convention on Narcotic Drugs of 1954", "Single Convention on Narcotic Drugs"),
        ("preamble__container_1", "treaty", "Convention on Psychotropic Substances of 1971", "Convention on Psychotropic Substances"),
        (
            "preamble__container_1",
            "treaty",
            "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988",
            "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances",
        ),
        ("preamble__container_1", "treaty", "United Nations Convention against Transnational Organized Crime", "United Nations Convention against Transnational Organized Crime"),
        ("preamble__container_1", "treaty", "United Nations Convention against Corruption", "United Nations Convention against Corruption"),
        ("preamble__container_3", "resolution", "64/182", "A/RES/64/182"),
        ("preamble__container_3", "date", "18 December 2009", "2009-12-18"),
        ("preamble__container_4", "resolution", "51/11", "body=Commission on Narcotic Drugs"),
        ("preamble__container_4", "resolution", "52/9", "body=Commission on Narcotic Drugs"),
        ("preamble__container_4", "resolution", "64/179", "A/RES/64/179"),
        ("preamble__container_4", "date", "18 December 2009", "2009-12-18"),
        ("preamble__container_4", "resolution", "64/182", "A/RES/64/182"),
        ("para_2", "treaty", "Charter of the United Nations", "Charter of the United Nations"),
        ("para_2", "treaty", "Universal Declaration of Human Rights", "Universal Declaration of Human Rights"),
        ("para_4", "treaty", "United Nations Convention against Transnational Organized Crime", "United Nations Convention against Transnational Organized Crime"),
        ("para_4", "treaty", "United Nations Convention against Corruption", "United Nations Convention against Corruption"),
        ("para_6", "internal", "3", "para_3"),
        ("para_9", "internal", "the present resolution", "resolution"),
        ("authorialNote_1", "treaty", "United Nations, Treaty Series, vol. 976, No. 14152", "vol 976 No 14152"),
        ("authorialNote_2", "treaty", "Ibid., vol. 1019, No. 14956", "vol 1019 No 14956"),
        ("authorialNote_3", "treaty", "Ibid., vol. 1582, No. 27627", "vol 1582 No 27627"),
        ("authorialNote_4", "treaty", "Ibid., vols. 2225, 2237, 2241 and 2326, No. 39574", "vols 2225,2237,2241,2326 No 39574"),
        ("authorialNote_5", "treaty", "Ibid., vol. 2349, No. 42146", "vol 2349 No 42146"),
        ("authorialNote_6", "document", "A/64/92-E/2009/98", "A/64/92+E/2009/98"),
        ("authorialNote_7", "resolution", "S-20/2", "A/RES/S-20/2"),
        ("authorialNote_8", "resolution", "217 A (III)", "A/RES/217(III)"),
        ("authorialNote_9", "treaty", "United Nations, Treaty Series, vol. 2225, No. 39574", "vol 2225 No 39574"),
        ("authorialNote_10", "treaty", "Ibid., vol. 2349, No. 42146", "vol 2349 No 42146"),
    ];
    let want: Vec<(String, &str, String, String)> = want.iter().map(|(a, b, c, d)| (a.to_string(), *b, c.to_string(), d.to_string())).collect();
    assert_eq!(got, want);
    // Ibid. resolves to the previous footnote's source
    for r in doc.references.iter().filter(|r| r.text.starts_with("Ibid.")) {
        assert_eq!(r.target.series.as_deref(), Some("United Nations, Treaty Series"), "{}", r.paragraph);
    }
    // spans: into the node's text, and back into the input where the words stand
    for r in &doc.references {
        let node_text = doc
            .paragraphs()
            .into_iter()
            .find(|p| p.id == r.paragraph)
            .map(|p| p.text.clone())
            .or_else(|| doc.footnotes.iter().find(|f| f.id == r.paragraph).map(|f| f.text.clone()))
            .unwrap();
        assert_eq!(&node_text[r.span.start..r.span.end], r.text);
        if let Some(s) = r.input_span {
            let raw = &input[s.start..s.end];
            let plain: String = raw.replace('*', "").split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(plain, r.text, "input span of {:?}", r.text);
        }
    }
    // every reference outside the page-broken one maps back to the input
    let unmapped: Vec<&str> = doc.references.iter().filter(|r| r.input_span.is_none()).map(|r| r.text.as_str()).collect();
    assert_eq!(unmapped, ["United Nations Convention against Corruption"], "only the citation cut by a page break");
    // "its" in `the General Assembly, in its resolution 64/182` is the Assembly, not the Commission
    let r = doc.references.iter().find(|r| r.paragraph == "preamble__container_3" && r.text == "64/182").unwrap();
    assert_eq!(r.target.body.as_deref(), Some("General Assembly"));
    assert_eq!(r.target.url.as_deref(), Some("https://undocs.org/en/A/RES/64/182"));
    // `paragraph 28 of the Political Declaration` is not internal
    assert!(!doc.references.iter().any(|r| r.paragraph == "preamble__container_5"));
}

/// A reference whose words are wrapped across lines in the input, and stand
/// again verbatim later in the same paragraph: its input span is the first
/// place, the wrapped one (it used to be the later verbatim one, and the
/// references after it in the paragraph then found no place at all).
#[test]
fn input_span_is_the_first_place_even_when_wrapped() {
    let input = "The General Assembly,\n\n1. Welcomes the goals of the Paris\nAgreement, and urges parties to the Paris Agreement to act by 18\nDecember 2030;\n\n2. Decides to remain seized of the matter.\n";
    let doc = clausemark::parse(input, &Default::default());
    let paris: Vec<_> = doc.references.iter().filter(|r| r.text == "Paris Agreement").collect();
    assert_eq!(paris.len(), 2, "{:?}", doc.references);
    let at = |r: &Reference| r.input_span.map(|s| &input[s.start..s.end]);
    assert_eq!(at(paris[0]), Some("Paris\nAgreement"));
    assert_eq!(at(paris[1]), Some("Paris Agreement"));
    assert!(paris[0].input_span.unwrap().end <= paris[1].input_span.unwrap().start);
    let date = doc.references.iter().find(|r| r.text == "18 December 2030").expect("the date");
    assert_eq!(at(date), Some("18\nDecember 2030"));
}

/// A paragraph cut by a page break holds that page's footnotes in its input
/// span; a citation in the paragraph is not placed in a footnote that cites
/// the same resolution.
#[test]
fn a_citation_is_not_placed_in_the_footnotes_inside_its_paragraph() {
    let input = "The General Assembly,\n\n*Recognizing* that the options are valid as long as they are in\n\n---\n\n<sup>1</sup> Resolution 1514 (XV).\n\nconformity with General Assembly resolution 1514 (XV),<sup>1</sup>\n\n1. *Decides* to remain seized of the matter.\n";
    let doc = clausemark::parse(input, &Default::default());
    let cites: Vec<_> = doc.references.iter().filter(|r| r.text == "1514 (XV)").collect();
    assert_eq!(cites.len(), 2, "{:?}", doc.references);
    let note = doc.footnotes[0].span;
    for r in &cites {
        let s = r.input_span.expect("placed");
        assert_eq!(&input[s.start..s.end], "1514 (XV)");
        let in_note = note.start <= s.start && s.end <= note.end;
        assert_eq!(in_note, r.paragraph == doc.footnotes[0].id, "{} at {:?}", r.paragraph, s);
    }
}
