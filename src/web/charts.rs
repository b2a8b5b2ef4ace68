//! Small charts drawn on the server as SVG (the dashboard's, the yearly report's): plain shapes with presentation attributes (so
//! they print, and pass the CSP without inline styles), each with a text alternative and
//! the numbers behind it as a table.

/// One coloured series: its fill and its label in the reader's language.
#[derive(Debug, Clone)]
pub struct Series {
    pub fill: &'static str,
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct Rect {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
    pub fill: &'static str,
    /// What the shape stands for ("March · CROP candidates · 3": no plural to agree).
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub x: i64,
    pub y: i64,
    pub text: String,
    /// SVG text-anchor: "middle" under a column, "end" before a bar.
    pub anchor: &'static str,
}

/// A chart: its shapes, its labels, and the data as rows for the table beside it.
#[derive(Debug, Clone)]
pub struct Chart {
    pub width: i64,
    pub height: i64,
    pub rects: Vec<Rect>,
    pub labels: Vec<Label>,
    pub series: Vec<Series>,
    /// (row label, one value per series).
    pub rows: Vec<(String, Vec<i64>)>,
    /// The whole chart in one sentence, for screen readers.
    pub summary: String,
}

const PLOT_TOP: i64 = 10;
const AXIS_SPACE: i64 = 22;

/// Vertical stacked columns, one per row (e.g. a month), a segment per series.
pub fn stacked_columns(
    rows: Vec<(String, Vec<i64>)>,
    series: Vec<Series>,
    summary: String,
) -> Chart {
    let width = 480;
    let height = 200;
    let plot = height - PLOT_TOP - AXIS_SPACE;
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let slot = width / (rows.len().max(1) as i64);
    let bar = (slot * 2 / 3).max(4);
    let mut rects = Vec::new();
    let mut labels = Vec::new();
    for (i, (label, values)) in rows.iter().enumerate() {
        let x = i as i64 * slot + (slot - bar) / 2;
        let mut top = PLOT_TOP + plot;
        for (value, s) in values.iter().zip(&series) {
            let h = value * plot / max;
            if *value > 0 {
                top -= h;
                rects.push(Rect {
                    x,
                    y: top,
                    width: bar,
                    height: h.max(1),
                    fill: s.fill,
                    title: format!("{label} · {} · {value}", s.label),
                });
            }
        }
        labels.push(Label {
            x: x + bar / 2,
            y: height - 6,
            text: label.clone(),
            anchor: "middle",
        });
    }
    Chart {
        width,
        height,
        rects,
        labels,
        series,
        rows,
        summary,
    }
}

/// Horizontal stacked bars, one per row (e.g. a sub-region), a segment per series.
pub fn stacked_bars(rows: Vec<(String, Vec<i64>)>, series: Vec<Series>, summary: String) -> Chart {
    let label_space = 230;
    let width = 520;
    let row_height = 28;
    let height = PLOT_TOP + rows.len() as i64 * row_height;
    let plot = width - label_space - 10;
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut rects = Vec::new();
    let mut labels = Vec::new();
    for (i, (label, values)) in rows.iter().enumerate() {
        let y = PLOT_TOP + i as i64 * row_height;
        let mut x = label_space;
        for (value, s) in values.iter().zip(&series) {
            let w = value * plot / max;
            if *value > 0 {
                rects.push(Rect {
                    x,
                    y,
                    width: w.max(1),
                    height: row_height - 8,
                    fill: s.fill,
                    title: format!("{label} · {} · {value}", s.label),
                });
                x += w;
            }
        }
        labels.push(Label {
            x: label_space - 6,
            y: y + row_height / 2 + 1,
            text: short_label(label),
            anchor: "end",
        });
    }
    Chart {
        width,
        height,
        rects,
        labels,
        series,
        rows,
        summary,
    }
}

/// A bar's label as drawn: at most 32 characters, the rest cut with an ellipsis (the full
/// label is in the table under the chart and in the shape's title).
fn short_label(label: &str) -> String {
    if label.chars().count() <= 32 {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(31).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series() -> Vec<Series> {
        vec![
            Series {
                fill: "#111",
                label: "a".into(),
            },
            Series {
                fill: "#999",
                label: "b".into(),
            },
        ]
    }

    #[test]
    fn columns_stack_to_the_tallest_total() {
        let chart = stacked_columns(
            vec![
                ("Jan".into(), vec![2, 2]),
                ("Feb".into(), vec![1, 0]),
                ("Mar".into(), vec![0, 0]),
            ],
            series(),
            String::new(),
        );
        // January's two segments fill the plot (168 px) between them; February's one is a
        // quarter of it; March draws nothing but keeps its label.
        let jan: Vec<&Rect> = chart
            .rects
            .iter()
            .filter(|r| r.title.starts_with("Jan"))
            .collect();
        assert_eq!(jan.iter().map(|r| r.height).sum::<i64>(), 168);
        assert_eq!(jan[0].y + jan[0].height, 178, "stacked from the baseline");
        assert_eq!(
            jan[1].y + jan[1].height,
            jan[0].y,
            "the second on top of the first"
        );
        let feb: Vec<&Rect> = chart
            .rects
            .iter()
            .filter(|r| r.title.starts_with("Feb"))
            .collect();
        assert_eq!(feb.len(), 1);
        assert_eq!(feb[0].height, 42);
        assert_eq!(chart.labels.len(), 3);
        assert_eq!(chart.rects.len(), 3);
    }

    #[test]
    fn bars_scale_to_the_longest_row() {
        let chart = stacked_bars(
            vec![("A".into(), vec![3, 1]), ("B".into(), vec![0, 2])],
            series(),
            String::new(),
        );
        let a: i64 = chart
            .rects
            .iter()
            .filter(|r| r.title.starts_with("A"))
            .map(|r| r.width)
            .sum();
        let b: i64 = chart
            .rects
            .iter()
            .filter(|r| r.title.starts_with("B"))
            .map(|r| r.width)
            .sum();
        assert_eq!(a, 280);
        assert_eq!(b, 140);
        assert_eq!(chart.height, 10 + 2 * 28);
    }
}
