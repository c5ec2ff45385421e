//! Native bar charts in the Word document. docx-rs has no model for charts, so the document
//! holds a marked placeholder where each chart goes, and once docx-rs has written the package
//! this module adds the chart parts (DrawingML chart XML, its relationship, its content type,
//! and the small workbook behind it, so that Word's "Edit Data" works) and puts the chart in
//! the placeholder's place. Word and LibreOffice draw the chart from the values cached in its
//! XML; the bars are labelled with their values.

use std::fmt::Write as _;
use std::io::{Cursor, Read as _, Write as _};

use docx_rs::{AlignmentType, Paragraph, Run};
use rust_xlsxwriter::Workbook;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use shirube_guides::AppError;

use crate::{failed, Fonts};

/// A bar chart: categories down the side, one bar per series for each, values 0–100.
pub struct Chart {
    pub title: String,
    pub categories: Vec<String>,
    pub series: Vec<(String, Vec<Option<u8>>)>,
}

const BAR_COLORS: [&str; 3] = ["0F4C5C", "B7791F", "8A99A8"];
/// Text width of the page in EMU (170 mm).
const WIDTH_EMU: u64 = 170 * 36_000;

fn marker(index: usize) -> String {
    format!("SHIRUBE-CHART-{index}")
}

/// The paragraph the chart will fill.
pub fn placeholder(index: usize) -> Paragraph {
    Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(Run::new().add_text(marker(index)))
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The package docx-rs wrote, with `charts` added in their placeholders' places.
pub fn embed(package: Vec<u8>, charts: &[Chart], fonts: &Fonts) -> Result<Vec<u8>, AppError> {
    if charts.is_empty() {
        return Ok(package);
    }
    let fail = |err: &dyn std::fmt::Display| failed("docx chart", err);
    let mut archive = ZipArchive::new(Cursor::new(package)).map_err(|e| fail(&e))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).map_err(|e| fail(&e))?;
        let name = file.name().to_owned();
        let patch: fn(String, &[Chart]) -> Result<String, String> = match name.as_str() {
            "[Content_Types].xml" => content_types,
            "word/_rels/document.xml.rels" => relationships,
            "word/document.xml" => drawings,
            _ => {
                out.raw_copy_file(file).map_err(|e| fail(&e))?;
                continue;
            }
        };
        let mut xml = String::new();
        file.read_to_string(&mut xml).map_err(|e| fail(&e))?;
        let xml = patch(xml, charts).map_err(|e| fail(&e))?;
        out.start_file(name, options).map_err(|e| fail(&e))?;
        out.write_all(xml.as_bytes()).map_err(|e| fail(&e))?;
    }
    for (index, chart) in charts.iter().enumerate() {
        let n = index + 1;
        out.start_file(format!("word/charts/chart{n}.xml"), options)
            .map_err(|e| fail(&e))?;
        out.write_all(chart_xml(chart, fonts).as_bytes())
            .map_err(|e| fail(&e))?;
        out.start_file(format!("word/charts/_rels/chart{n}.xml.rels"), options)
            .map_err(|e| fail(&e))?;
        out.write_all(chart_relationships(n).as_bytes())
            .map_err(|e| fail(&e))?;
        out.start_file(format!("word/embeddings/chart{n}.xlsx"), options)
            .map_err(|e| fail(&e))?;
        out.write_all(&chart_workbook(chart)?)
            .map_err(|e| fail(&e))?;
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

fn insert_before(mut xml: String, end: &str, insert: &str) -> Result<String, String> {
    let at = xml.rfind(end).ok_or_else(|| format!("no {end}"))?;
    xml.insert_str(at, insert);
    Ok(xml)
}

fn content_types(xml: String, charts: &[Chart]) -> Result<String, String> {
    let mut parts = String::from(
        "<Default Extension=\"xlsx\" \
         ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>",
    );
    for n in 1..=charts.len() {
        let _ = write!(
            parts,
            "<Override PartName=\"/word/charts/chart{n}.xml\" \
             ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
        );
    }
    insert_before(xml, "</Types>", &parts)
}

fn relationships(xml: String, charts: &[Chart]) -> Result<String, String> {
    let parts: String = (1..=charts.len())
        .map(|n| {
            format!(
                "<Relationship Id=\"rIdShirubeChart{n}\" \
                 Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" \
                 Target=\"charts/chart{n}.xml\"/>"
            )
        })
        .collect();
    insert_before(xml, "</Relationships>", &parts)
}

fn chart_relationships(n: usize) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" \
         Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" \
         Target=\"../embeddings/chart{n}.xlsx\"/></Relationships>"
    )
}

/// Each placeholder's text element becomes the chart's drawing, in the same run.
fn drawings(mut xml: String, charts: &[Chart]) -> Result<String, String> {
    for (index, chart) in charts.iter().enumerate() {
        let n = index + 1;
        let text = format!("<w:t xml:space=\"preserve\">{}</w:t>", marker(index));
        let at = xml
            .find(&text)
            .ok_or_else(|| format!("no placeholder {n}"))?;
        // Room for every bar: 2.5 mm a bar, and 1.4 mm between categories.
        let bars = 50_000 + 70_000 * chart.series.len() as u64;
        let height = 700_000 + bars * chart.categories.len() as u64;
        let drawing = format!(
            "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
             <wp:extent cx=\"{WIDTH_EMU}\" cy=\"{height}\"/>\
             <wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
             <wp:docPr id=\"{}\" name=\"Chart {n}\" descr=\"{}\"/><wp:cNvGraphicFramePr/>\
             <a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">\
             <a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">\
             <c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
             r:id=\"rIdShirubeChart{n}\"/></a:graphicData></a:graphic></wp:inline></w:drawing>",
            9000 + n,
            escape(&chart.title)
        );
        xml.replace_range(at..at + text.len(), &drawing);
    }
    Ok(xml)
}

/// The cells behind a chart: categories in A, one series a column from B, names in row 1.
fn cell(column: usize, row: usize) -> String {
    format!("Sheet1!${}${row}", char::from(b'A' + column as u8))
}

fn chart_xml(chart: &Chart, fonts: &Fonts) -> String {
    let count = chart.categories.len();
    let text_props = |size: u32, bold: u8| {
        format!(
            "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"{size}\" b=\"{bold}\">\
             <a:solidFill><a:srgbClr val=\"1B2330\"/></a:solidFill>\
             <a:latin typeface=\"{latin}\"/><a:ea typeface=\"{ea}\"/></a:defRPr></a:pPr>\
             <a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>",
            latin = escape(fonts.latin),
            ea = escape(fonts.east_asian)
        )
    };
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" \
         xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea>\
         <c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>\
         <c:varyColors val=\"0\"/>",
    );
    let categories: String = chart
        .categories
        .iter()
        .enumerate()
        .map(|(i, name)| format!("<c:pt idx=\"{i}\"><c:v>{}</c:v></c:pt>", escape(name)))
        .collect();
    for (index, (name, values)) in chart.series.iter().enumerate() {
        let points: String = values
            .iter()
            .enumerate()
            .filter_map(|(i, value)| {
                Some(format!("<c:pt idx=\"{i}\"><c:v>{}</c:v></c:pt>", (*value)?))
            })
            .collect();
        let _ = write!(
            xml,
            "<c:ser><c:idx val=\"{index}\"/><c:order val=\"{index}\"/>\
             <c:tx><c:strRef><c:f>{name_cell}</c:f><c:strCache><c:ptCount val=\"1\"/>\
             <c:pt idx=\"0\"><c:v>{name}</c:v></c:pt></c:strCache></c:strRef></c:tx>\
             <c:spPr><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></c:spPr>\
             <c:invertIfNegative val=\"0\"/>\
             <c:dLbls>{labels}<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>\
             <c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>\
             <c:showBubbleSize val=\"0\"/></c:dLbls>\
             <c:cat><c:strRef><c:f>{first}:{last}</c:f><c:strCache><c:ptCount val=\"{count}\"/>\
             {categories}</c:strCache></c:strRef></c:cat>\
             <c:val><c:numRef><c:f>{vfirst}:{vlast}</c:f><c:numCache><c:formatCode>General\
             </c:formatCode><c:ptCount val=\"{count}\"/>{points}</c:numCache></c:numRef></c:val>\
             </c:ser>",
            name_cell = cell(index + 1, 1),
            name = escape(name),
            color = BAR_COLORS[index % BAR_COLORS.len()],
            labels = text_props(850, 0),
            first = cell(0, 2),
            last = cell(0, count + 1),
            vfirst = cell(index + 1, 2),
            vlast = cell(index + 1, count + 1),
        );
    }
    let legend = if chart.series.len() > 1 {
        format!(
            "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>{}</c:legend>",
            text_props(900, 0)
        )
    } else {
        String::new()
    };
    // Categories run top to bottom in the table's order (maxMin), values 0–100 along the bottom.
    let _ = write!(
        xml,
        "<c:gapWidth val=\"50\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>\
         <c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>\
         <c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" \
         sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>\
         <c:tickLblPos val=\"nextTo\"/>{cat_text}<c:crossAx val=\"2\"/><c:crosses \
         val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset \
         val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>\
         <c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/>\
         <c:max val=\"100\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/>\
         <c:axPos val=\"b\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill>\
         <a:srgbClr val=\"C9D3DC\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
         <c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>\
         <c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>{val_text}\
         <c:crossAx val=\"1\"/><c:crosses val=\"max\"/><c:crossBetween val=\"between\"/>\
         <c:majorUnit val=\"25\"/></c:valAx></c:plotArea>{legend}<c:plotVisOnly val=\"1\"/>\
         <c:dispBlanksAs val=\"gap\"/></c:chart>{space_text}\
         <c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData>\
         </c:chartSpace>",
        cat_text = text_props(950, 0),
        val_text = text_props(850, 0),
        space_text = text_props(900, 0),
    );
    xml
}

/// The chart's data as a workbook, for Word's "Edit Data".
fn chart_workbook(chart: &Chart) -> Result<Vec<u8>, AppError> {
    let fail = |err: rust_xlsxwriter::XlsxError| failed("docx chart data", err);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Sheet1").map_err(fail)?;
    for (row, name) in chart.categories.iter().enumerate() {
        sheet.write(row as u32 + 1, 0, name).map_err(fail)?;
    }
    for (column, (name, values)) in chart.series.iter().enumerate() {
        let column = column as u16 + 1;
        sheet.write(0, column, name).map_err(fail)?;
        for (row, value) in values.iter().enumerate() {
            if let Some(value) = value {
                sheet.write(row as u32 + 1, column, *value).map_err(fail)?;
            }
        }
    }
    workbook.save_to_buffer().map_err(fail)
}
