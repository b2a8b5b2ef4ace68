//! The LAC countries and territories, with their LACRALO sub-regions: reference data loaded
//! once from `data/seed/lac_countries.csv` and held in memory, since it never changes at
//! run time.

pub mod choices;
pub mod place;
pub mod queries;
pub mod zone_names;
pub mod zones;

pub use place::{CountryCode, PlaceFilter, SubRegion};

use sqlx::FromRow;

use crate::web::Lang;

#[derive(Debug, Clone, Default, FromRow)]
pub struct Country {
    pub iso2: String,
    pub name_en: String,
    pub name_es: String,
    pub name_pt: String,
    pub name_fr: String,
    pub cctld: String,
    pub lacralo_subregion: String,
    pub kind: String,
}

impl Country {
    /// The name in the visitor's language; English where we have no translation.
    pub fn name(&self, lang: Lang) -> &str {
        let name = match lang.code() {
            "es" => &self.name_es,
            "pt" => &self.name_pt,
            "fr" => &self.name_fr,
            _ => &self.name_en,
        };
        if name.is_empty() { &self.name_en } else { name }
    }

    /// Every name it goes by, for reading what people type.
    fn names(&self) -> [&str; 4] {
        [&self.name_en, &self.name_es, &self.name_pt, &self.name_fr]
    }
}

/// The LACRALO sub-regions.
pub const SUBREGIONS: &[&str] = &["A", "B", "C", "D"];

/// All countries, sorted by ISO code, for lookups and selects.
#[derive(Debug, Clone, Default)]
pub struct Countries(Vec<Country>);

impl Countries {
    pub fn new(mut list: Vec<Country>) -> Self {
        list.sort_by(|a, b| a.iso2.cmp(&b.iso2));
        Self(list)
    }

    pub fn get(&self, iso2: &str) -> Option<&Country> {
        self.0
            .binary_search_by(|c| c.iso2.as_str().cmp(iso2))
            .ok()
            .map(|i| &self.0[i])
    }

    /// The ISO code for what a person typed: a code (`mx`) or a name in any language we know.
    /// The name in `lang` of the country `typed` names (a code or a name), or what was
    /// typed when it names none: how a conflict page shows a country field.
    pub fn name_of(&self, typed: &str, lang: crate::web::Lang) -> String {
        self.resolve(typed)
            .map_or(typed.trim().to_owned(), |c| c.name(lang).to_owned())
    }

    pub fn resolve(&self, typed: &str) -> Option<&Country> {
        let typed = typed.trim();
        if typed.len() == 2 {
            if let Some(c) = self.get(&typed.to_ascii_uppercase()) {
                return Some(c);
            }
        }
        let wanted = fold(typed);
        self.0
            .iter()
            .find(|c| c.names().iter().any(|n| !n.is_empty() && fold(n) == wanted))
    }

    /// A required country field: its ISO code, or a message under `field` saying what is
    /// wrong (missing, or not a LAC country or territory).
    pub fn required(
        &self,
        field: &'static str,
        typed: &str,
        lang: Lang,
        errors: &mut crate::web::forms::FieldErrors,
    ) -> Option<String> {
        match self.resolve(typed) {
            Some(c) => Some(c.iso2.clone()),
            None if typed.trim().is_empty() => {
                errors.add(field, lang.t("als-err-country-required"));
                None
            }
            None => {
                errors.add(
                    field,
                    lang.t_args(
                        "err-country-unknown",
                        &[("value", typed.trim().to_owned().into())],
                    ),
                );
                None
            }
        }
    }

    /// Sorted by name in the given language, for selects.
    pub fn sorted_by_name(&self, lang: Lang) -> Vec<&Country> {
        let mut list: Vec<&Country> = self.0.iter().collect();
        list.sort_by_key(|c| fold(c.name(lang)));
        list
    }

    pub fn iter(&self) -> impl Iterator<Item = &Country> {
        self.0.iter()
    }

    /// The country named at the end or inside a title ("RightsCon Costa Rica"), if exactly
    /// one is; used by the importer, which flags what it found.
    pub fn named_in(&self, title: &str) -> Option<&Country> {
        // Spelled-out "St" as the country lists write it; the Spanish names cover "Brasil".
        let text = format!(" {} ", fold(&title.replace(['-', ',', '(', ')', '/'], " ")))
            .replace(" st ", " saint ");
        let found: Vec<&Country> = self
            .0
            .iter()
            .filter(|c| {
                c.names()
                    .iter()
                    .any(|n| !n.is_empty() && text.contains(&format!(" {} ", fold(n))))
            })
            .collect();
        match found.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }
}

/// Lower case without accents, for comparing names as people type them.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ñ' | 'Ñ' => 'n',
            'ç' | 'Ç' => 'c',
            other => other.to_lowercase().next().unwrap_or(other),
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
