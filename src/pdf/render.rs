//! Laid-out pages drawn with krilla: real text in the embedded font, a tag tree in reading
//! order (headings, paragraphs, lists, table cells), page furniture as artifacts, and an
//! attached file.

use super::font::fonts;
use super::layout::{self, Art, Block, PageOut, Rgb, Run};
use krilla::Document;
use krilla::color::rgb;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagTree,
};
use std::num::NonZeroU16;

/// A document to write: its blocks, language, page shape and an optional attached file.
pub struct Doc {
    pub title: String,
    /// "da" or "en", for screen readers' pronunciation.
    pub lang: &'static str,
    pub landscape: bool,
    pub blocks: Vec<Block>,
    /// Left in each page's foot, before the page number.
    pub footer: String,
    /// `(file name, description, bytes)`.
    pub attachment: Option<(String, String, Vec<u8>)>,
    /// "Side {} af {}" in the document's language.
    pub page_of: &'static str,
}

/// The document as PDF bytes.
pub fn render(doc: &Doc) -> Result<Vec<u8>, String> {
    let size = if doc.landscape {
        (layout::A4.1, layout::A4.0)
    } else {
        layout::A4
    };
    let pages = layout::layout(&doc.blocks, size);
    let mut pdf = Document::new();
    // Identifiers of each block's text, per item (list item, table cell).
    let mut ids: Vec<Vec<Vec<Identifier>>> = vec![Vec::new(); doc.blocks.len()];
    let n = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(size.0, size.1).ok_or("bad page size")?;
        let mut p = pdf.start_page_with(settings);
        let mut s = p.surface();
        draw_page(&mut s, page, &mut ids);
        let foot = format!(
            "{} · {}",
            doc.footer,
            doc.page_of
                .replacen("{}", &(i + 1).to_string(), 1)
                .replacen("{}", &n.to_string(), 1)
        );
        let run = Run {
            block: 0,
            item: 0,
            x: layout::MARGIN,
            y: size.1 - 22.0,
            size: 7.0,
            bold: false,
            colour: (90, 90, 90),
            text: foot,
        };
        let _ = s.start_tagged(ContentTag::Artifact(ArtifactType::Footer));
        text(&mut s, &run);
        s.end_tagged();
        s.finish();
        p.finish();
    }
    let mut tree = TagTree::new().with_lang(Some(doc.lang.to_string()));
    for (b, ids) in doc.blocks.iter().zip(ids) {
        tree.push(group(b, ids));
    }
    pdf.set_tag_tree(tree);
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.to_string())
            .creator("Vejviser".to_string()),
    );
    if let Some((name, description, bytes)) = &doc.attachment {
        pdf.embed_file(EmbeddedFile {
            path: name.clone(),
            mime_type: MimeType::new("text/plain"),
            description: Some(description.clone()),
            association_kind: AssociationKind::Source,
            data: bytes.clone().into(),
            modification_date: None,
            compress: Some(true),
            location: None,
        })
        .ok_or("the attachment could not be added")?;
    }
    pdf.finish().map_err(|e| format!("{e:?}"))
}

fn draw_page(s: &mut Surface, page: &PageOut, ids: &mut [Vec<Vec<Identifier>>]) {
    // Shading first, so text lies on top of it.
    for a in &page.art {
        if let Art::Rect { x, y, w, h, colour } = a {
            let _ = s.start_tagged(ContentTag::Artifact(ArtifactType::Other));
            rect(s, *x, *y, *w, *h, *colour);
            s.end_tagged();
        }
    }
    for a in &page.art {
        if let Art::Text(r) = a {
            let _ = s.start_tagged(ContentTag::Artifact(ArtifactType::Other));
            text(s, r);
            s.end_tagged();
        }
    }
    for r in &page.runs {
        let id = s.start_tagged(ContentTag::Span(SpanTag::empty()));
        text(s, r);
        s.end_tagged();
        let items = &mut ids[r.block];
        if items.len() <= r.item {
            items.resize_with(r.item + 1, Vec::new);
        }
        items[r.item].push(id);
    }
}

fn fill(c: Rgb) -> Option<Fill> {
    Some(Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        ..Fill::default()
    })
}

fn text(s: &mut Surface, r: &Run) {
    let face = fonts().face(r.bold);
    s.set_fill(fill(r.colour));
    s.draw_glyphs(
        Point::from_xy(r.x, r.y),
        &face.glyphs(&r.text),
        face.font.clone(),
        &r.text,
        r.size,
        false,
    );
}

fn rect(s: &mut Surface, x: f32, y: f32, w: f32, h: f32, colour: Rgb) {
    let mut pb = PathBuilder::new();
    if let Some(r) = Rect::from_xywh(x, y, w, h) {
        pb.push_rect(r);
    }
    if let Some(path) = pb.finish() {
        s.set_fill(fill(colour));
        s.draw_path(&path);
    }
}

/// The structure element of a block, holding its text in reading order.
fn group(b: &Block, items: Vec<Vec<Identifier>>) -> TagGroup {
    let level = |n: u16| NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN);
    let leaf = |tag: TagGroup, items: Vec<Vec<Identifier>>| {
        let mut g = tag;
        for id in items.into_iter().flatten() {
            g.push(id);
        }
        g
    };
    match b {
        // The heading's text is its content; a title attribute would only repeat it.
        Block::H1(_) => leaf(TagGroup::new(Tag::Hn(level(1), None)), items),
        Block::H2(_) => leaf(TagGroup::new(Tag::Hn(level(2), None)), items),
        Block::H3(_) => leaf(TagGroup::new(Tag::Hn(level(3), None)), items),
        Block::P(_) | Block::Small(_) | Block::Warn(_) => leaf(TagGroup::new(Tag::P), items),
        Block::Bullets(_) | Block::Numbered(_) | Block::Fine(_) | Block::Columns(_) => {
            let numbering = match b {
                Block::Numbered(_) => ListNumbering::Decimal,
                _ => ListNumbering::Disc,
            };
            let mut list = TagGroup::new(Tag::L(numbering));
            for item in items {
                let body = leaf(TagGroup::new(Tag::LBody), vec![item]);
                let mut li = TagGroup::new(Tag::LI);
                li.push(body);
                list.push(li);
            }
            list
        }
        Block::Table(t) => {
            let cols = t.head.len().max(1);
            let mut table = TagGroup::new(Tag::Table);
            let mut cells = items.into_iter();
            for row in 0..=t.rows.len() {
                let mut tr = TagGroup::new(Tag::TR);
                for col in 0..cols {
                    let ids = cells.next().unwrap_or_default();
                    let cell = match (row, col) {
                        (0, _) => TagGroup::new(Tag::TH(TableHeaderScope::Column)),
                        (_, 0) => TagGroup::new(Tag::TH(TableHeaderScope::Row)),
                        _ => TagGroup::new(Tag::TD),
                    };
                    tr.push(leaf(cell, vec![ids]));
                }
                table.push(tr);
            }
            table
        }
    }
}
