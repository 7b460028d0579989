package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import org.junit.jupiter.api.Test;

/**
 * What a screen reader gets from the PDF's tags: each fact's label and its value in one row of a table, the
 * label a row header (TH with Scope Row) and the value its cell, so that "Participant" is read with the name and
 * not as a heading of nothing. The text of each tag is read back through its marked content.
 *
 * @author Livsviktig
 */
public class CertificateStructureTest {

	@Test
	public void eachLabelAndItsValueAreOneRowWithTheLabelAsRowHeader()
		throws Exception {

		try (PDDocument document = PDDocument.load(
				new CertificatePdf().write(
					new CertificateHtml(
						CertificateTexts.texts(Locale.UK)
					).render(
						CertificateTexts.certificate(
							Locale.UK, "Anna Andersson")
					)))) {

			Map<Integer, String> texts = _markedContentTexts(
				document.getPage(0));

			List<PDStructureElement> rows = new ArrayList<>();

			_collect(
				document.getDocumentCatalog(
				).getStructureTreeRoot(),
				"TR", rows);

			Map<String, String> facts = new LinkedHashMap<>();

			for (PDStructureElement row : rows) {
				List<PDStructureElement> headers = new ArrayList<>();
				List<PDStructureElement> cells = new ArrayList<>();

				_collect(row, "TH", headers);
				_collect(row, "TD", cells);

				assertEquals(1, headers.size(), "row headers in a row");
				assertEquals(1, cells.size(), "cells in a row");

				COSDictionary attributes =
					(COSDictionary)headers.get(
						0
					).getCOSObject(
					).getDictionaryObject(
						COSName.A
					);

				assertEquals(
					COSName.getPDFName("Row"),
					attributes.getDictionaryObject(
						COSName.getPDFName("Scope")),
					"the label heads its row");

				facts.put(
					_text(headers.get(0), texts),
					_text(cells.get(0), texts));
			}

			assertEquals(
				"Anna Andersson", facts.get("Participant"), facts::toString);
			assertEquals(
				"Första hjälpen till psykisk hälsa", facts.get("Course"));
			assertEquals("MHFA Vuxen", facts.get("Training method"));
			assertTrue(
				facts.get(
					"Dates"
				).contains(
					"9 February 2027"
				) &&
				facts.get(
					"Dates"
				).contains(
					"16 February 2027"
				),
				facts::toString);
			assertEquals("14 hours", facts.get("Hours"));
			assertEquals(
				"Stadshuset, sal A, Helsingborg", facts.get("Place"));
			assertEquals("16 February 2027", facts.get("Completed on"));
			assertEquals("Helsingborgs stad", facts.get("Issued by"));
		}
	}

	private static void _collect(
		PDStructureNode structureNode, String type,
		List<PDStructureElement> structureElements) {

		for (Object kid : structureNode.getKids()) {
			if (kid instanceof PDStructureElement) {
				PDStructureElement structureElement = (PDStructureElement)kid;

				if (type.equals(structureElement.getStructureType())) {
					structureElements.add(structureElement);
				}
				else {
					_collect(structureElement, type, structureElements);
				}
			}
		}
	}

	private static Map<Integer, String> _markedContentTexts(PDPage page)
		throws Exception {

		PDFMarkedContentExtractor markedContentExtractor =
			new PDFMarkedContentExtractor() {

				/**
				 * The writer names each marked content's properties (/P /Prop1 BDC); PDFBox 2.0 passes the name
				 * as the tag and no properties, so the MCID would be lost without looking the name up.
				 */
				@Override
				public void beginMarkedContentSequence(
					COSName tag, COSDictionary properties) {

					PDPropertyList propertyList =
						(properties == null) ?
							getResources().getProperties(tag) : null;

					if (propertyList != null) {
						properties = propertyList.getCOSObject();
					}

					super.beginMarkedContentSequence(tag, properties);
				}

			};

		markedContentExtractor.processPage(page);

		Map<Integer, String> texts = new HashMap<>();

		for (PDMarkedContent markedContent :
				markedContentExtractor.getMarkedContents()) {

			_markedContentTexts(markedContent, texts);
		}

		return texts;
	}

	private static void _markedContentTexts(
		PDMarkedContent markedContent, Map<Integer, String> texts) {

		StringBuilder sb = new StringBuilder();

		for (Object content : markedContent.getContents()) {
			if (content instanceof TextPosition) {
				sb.append(((TextPosition)content).getUnicode());
			}
			else if (content instanceof PDMarkedContent) {
				_markedContentTexts((PDMarkedContent)content, texts);
			}
		}

		if (markedContent.getMCID() >= 0) {
			texts.merge(markedContent.getMCID(), sb.toString(), String::concat);
		}
	}

	/**
	 * The text under a structure element: its marked content, in order, through all its descendants.
	 */
	private static String _text(
		PDStructureNode structureNode, Map<Integer, String> texts) {

		StringBuilder sb = new StringBuilder();

		for (Object kid : structureNode.getKids()) {
			if (kid instanceof PDStructureElement) {
				if (sb.length() > 0) {
					sb.append(' ');
				}

				sb.append(_text((PDStructureElement)kid, texts));
			}
			else if (kid instanceof PDMarkedContentReference) {
				sb.append(
					texts.getOrDefault(
						((PDMarkedContentReference)kid).getMCID(), ""));
			}
			else if (kid instanceof Integer) {
				sb.append(texts.getOrDefault((Integer)kid, ""));
			}
			else if (kid instanceof COSBase) {
				if (kid instanceof COSInteger) {
					sb.append(
						texts.getOrDefault(((COSInteger)kid).intValue(), ""));
				}
			}
		}

		return sb.toString().trim();
	}

}
