//! The coverage map: a tile grid of the 37 LAC places, drawn as SVG on the server.
//!
//! A tile grid rather than a geographic map: the small Caribbean islands, which are most of
//! the outreach targets, get the same space as Brazil; no map data or external service is
//! needed; and it prints cleanly in black and white (targets have a thick border too).

use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// No active ALS: an outreach target.
    None,
    /// One active ALS.
    Low,
    /// Two or more.
    Good,
}

pub struct Tile<'a> {
    pub iso2: &'a str,
    pub label: &'a str,
    pub level: Coverage,
    pub href: &'a str,
    pub summary: &'a str,
}

/// (column, row) of each place, roughly where it lies: Mexico and Central America on the
/// left going down, the Caribbean across the top right, South America below.
const GRID: &[(&str, u32, u32)] = &[
    ("MX", 0, 0),
    ("BS", 3, 0),
    ("CU", 2, 1),
    ("HT", 4, 1),
    ("DO", 5, 1),
    ("SX", 7, 0),
    ("MF", 8, 0),
    ("BL", 9, 0),
    ("BZ", 1, 1),
    ("JM", 3, 1),
    ("AG", 7, 1),
    ("KN", 8, 1),
    ("BQ", 9, 1),
    ("GT", 0, 2),
    ("HN", 1, 2),
    ("DM", 7, 2),
    ("LC", 8, 2),
    ("SV", 0, 3),
    ("NI", 1, 3),
    ("VC", 7, 3),
    ("BB", 8, 3),
    ("CR", 1, 4),
    ("PA", 2, 4),
    ("GD", 7, 4),
    ("TT", 8, 4),
    ("CO", 3, 5),
    ("VE", 4, 5),
    ("GY", 5, 5),
    ("SR", 6, 5),
    ("EC", 2, 6),
    ("PE", 3, 6),
    ("BR", 5, 6),
    ("BO", 4, 6),
    ("PY", 4, 7),
    ("CL", 3, 7),
    ("UY", 5, 8),
    ("AR", 4, 8),
];

const TILE: u32 = 56;
const GAP: u32 = 6;
const STEP: u32 = TILE + GAP;
/// Room around the grid for the targets' thick borders.
const MARGIN: u32 = 4;

pub fn grid_position(iso2: &str) -> Option<(u32, u32)> {
    GRID.iter()
        .find(|(c, _, _)| *c == iso2)
        .map(|&(_, x, y)| (x, y))
}

fn colours(level: Option<Coverage>) -> (&'static str, &'static str, &'static str) {
    // (fill, text, class): presentation attributes, allowed by the CSP, so the map reads
    // without the stylesheet and in print.
    match level {
        Some(Coverage::None) => ("#b3471d", "#ffffff", "coverage-none"),
        Some(Coverage::Low) => ("#f2c14e", "#1b2430", "coverage-low"),
        Some(Coverage::Good) => ("#1e6b35", "#ffffff", "coverage-good"),
        None => ("#d5dbe2", "#55606e", "coverage-unknown"),
    }
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The map as an SVG element; `legend` names the levels (None, Low, Good).
///
/// The map is a group (named by its title, described by its description), not an image:
/// its tiles are links, which inside `role="img"` would be hidden from assistive
/// technology while still taking the keyboard's focus. Each link's name starts with the
/// code shown on the tile (so speech input can say it), then names the place and its
/// figures; tiles without a place's figures are left out of the accessibility tree.
pub fn render(tiles: &[Tile<'_>], title: &str, description: &str, legend: [&str; 3]) -> String {
    let columns = GRID.iter().map(|g| g.1).max().unwrap_or(0) + 1;
    let rows = GRID.iter().map(|g| g.2).max().unwrap_or(0) + 1;
    let width = columns * STEP + 2 * MARGIN;
    let legend_y = MARGIN + rows * STEP + 10;
    let height = legend_y + 3 * 26 + 10;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="group" aria-labelledby="map-title" aria-describedby="map-desc" class="coverage-map"><title id="map-title">{}</title><desc id="map-desc">{}</desc>"#,
        escape(title),
        escape(description)
    );
    for &(iso2, col, row) in GRID {
        let (x, y) = (MARGIN + col * STEP, MARGIN + row * STEP);
        let tile = tiles.iter().find(|t| t.iso2 == iso2);
        let (fill, text, class) = colours(tile.map(|t| t.level));
        let stroke = if tile.is_some_and(|t| t.level == Coverage::None) {
            r##" stroke="#1b2430" stroke-width="3""##
        } else {
            ""
        };
        let shape = format!(
            r#"<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="6" fill="{fill}"{stroke}/><text x="{}" y="{}" text-anchor="middle" dominant-baseline="central" font-size="16" font-weight="bold" font-family="system-ui, sans-serif" fill="{text}">{iso2}</text>"#,
            x + TILE / 2,
            y + TILE / 2
        );
        match tile {
            Some(t) => {
                let name = escape(&format!("{iso2} · {}: {}", t.label, t.summary));
                let _ = write!(
                    svg,
                    r#"<a href="{}" class="tile {class}" aria-label="{name}"><title>{name}</title>{shape}</a>"#,
                    escape(t.href)
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r#"<g class="tile {class}" aria-hidden="true">{shape}</g>"#
                );
            }
        }
    }
    for (i, (level, label)) in [Coverage::None, Coverage::Low, Coverage::Good]
        .into_iter()
        .zip(legend)
        .enumerate()
    {
        let y = legend_y + i as u32 * 26;
        let (fill, _, class) = colours(Some(level));
        let stroke = if level == Coverage::None {
            r##" stroke="#1b2430" stroke-width="2""##
        } else {
            ""
        };
        let _ = write!(
            svg,
            r##"<g class="legend {class}"><rect x="{MARGIN}" y="{y}" width="18" height="18" rx="3" fill="{fill}"{stroke}/><text x="{}" y="{}" dominant-baseline="central" font-size="15" font-family="system-ui, sans-serif" fill="#1b2430">{}</text></g>"##,
            MARGIN + 28,
            y + 9,
            escape(label)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACES: [&str; 37] = [
        "AG", "AR", "BS", "BB", "BZ", "BO", "BQ", "BR", "CL", "CO", "CR", "CU", "DM", "DO", "EC",
        "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "BL", "KN", "LC",
        "MF", "VC", "SX", "SR", "TT", "UY", "VE",
    ];

    #[test]
    fn every_place_has_its_own_tile() {
        let mut seen = std::collections::HashSet::new();
        for code in PLACES {
            let pos = grid_position(code).unwrap_or_else(|| panic!("{code} has no tile"));
            assert!(seen.insert(pos), "{code} shares a tile");
        }
        assert_eq!(GRID.len(), PLACES.len());
    }

    #[test]
    fn renders_links_classes_and_escapes() {
        let tiles = [
            Tile {
                iso2: "TT",
                label: "Trinidad & Tobago <x>",
                level: Coverage::Good,
                href: "#c-TT",
                summary: "2 ALSs",
            },
            Tile {
                iso2: "GD",
                label: "Grenada",
                level: Coverage::None,
                href: "#c-GD",
                summary: "none",
            },
        ];
        let svg = render(&tiles, "Map", "Desc", ["a", "b", "c"]);
        assert_eq!(svg.matches("<a ").count(), 2);
        assert!(svg.contains("coverage-good") && svg.contains("coverage-none"));
        assert!(svg.contains("Trinidad &amp; Tobago &lt;x&gt;"));
        assert!(!svg.contains("<x>"));
        assert!(svg.contains("viewBox="));
        assert!(!svg.contains("style="));
        assert_eq!(
            svg,
            render(&tiles, "Map", "Desc", ["a", "b", "c"]),
            "deterministic"
        );
    }

    #[test]
    fn escape_covers_the_five_xml_characters() {
        assert_eq!(
            escape(r#"a & b < c > d "e" 'f'"#),
            "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;"
        );
        assert_eq!(escape("São Tomé"), "São Tomé");
    }

    #[test]
    fn each_tile_gets_its_class_and_the_rest_stay_grey() {
        let tile = |iso2, level| Tile {
            iso2,
            label: iso2,
            level,
            href: "#",
            summary: "",
        };
        let tiles = [
            tile("AR", Coverage::Low),
            tile("BR", Coverage::Good),
            tile("DM", Coverage::None),
        ];
        let svg = render(&tiles, "t", "d", ["a", "b", "c"]);
        assert!(svg.contains(r#"class="tile coverage-low" aria-label="AR · AR: ""#));
        assert!(svg.contains(r#"class="tile coverage-good" aria-label="BR · BR: ""#));
        assert!(svg.contains(r#"class="tile coverage-none" aria-label="DM · DM: ""#));
        // The other 34 places keep the region's shape, grey and without a link.
        assert_eq!(svg.matches(r##"fill="#d5dbe2""##).count(), 34);
        assert_eq!(svg.matches("<a ").count(), 3);
        // Only the target gets the thick border (plus its legend square's thinner one).
        assert_eq!(svg.matches(r#"stroke-width="3""#).count(), 1);
    }
}
