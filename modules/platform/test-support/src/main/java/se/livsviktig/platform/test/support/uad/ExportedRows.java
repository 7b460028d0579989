package se.livsviktig.platform.test.support.uad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.zip.ZipWriter;

import java.io.ByteArrayInputStream;

import java.nio.charset.StandardCharsets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.xml.parsers.DocumentBuilderFactory;

import org.mockito.ArgumentCaptor;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads what an exporter wrote: one row's document as its columns, and the entries of a bulk export. The portal's
 * bulk export is driven by an actionable dynamic query; {@link #queryOf} stands for it with the given rows.
 *
 * @author Livsviktig
 */
public final class ExportedRows {

	/**
	 * @return the columns of the row's document by name, in order, after checking that it is of the model
	 */
	public static Map<String, String> columns(String xml, String modelClassName)
		throws Exception {

		Document document = DocumentBuilderFactory.newInstance(
		).newDocumentBuilder(
		).parse(
			new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))
		);

		assertEquals(
			modelClassName,
			document.getElementsByTagName(
				"model-name"
			).item(
				0
			).getTextContent(
			).trim());

		Map<String, String> columns = new LinkedHashMap<>();

		NodeList nodeList = document.getElementsByTagName("column");

		for (int i = 0; i < nodeList.getLength(); i++) {
			Element column = (Element)nodeList.item(i);

			columns.put(
				column.getElementsByTagName(
					"column-name"
				).item(
					0
				).getTextContent(
				).trim(),
				column.getElementsByTagName(
					"column-value"
				).item(
					0
				).getTextContent());
		}

		return columns;
	}

	/**
	 * @return the entries written to the zip, each as its file name and its columns' names
	 */
	public static Map<String, List<String>> entries(
			ZipWriter zipWriter, String modelClassName)
		throws Exception {

		ArgumentCaptor<String> names = ArgumentCaptor.forClass(String.class);
		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		verify(
			zipWriter, atLeast(0)
		).addEntry(
			names.capture(), bytes.capture()
		);

		Map<String, List<String>> entries = new LinkedHashMap<>();

		for (int i = 0; i < names.getAllValues().size(); i++) {
			entries.put(
				names.getAllValues(
				).get(
					i
				),
				List.copyOf(
					columns(
						new String(
							bytes.getAllValues(
							).get(
								i
							),
							StandardCharsets.UTF_8),
						modelClassName
					).keySet()));
		}

		return entries;
	}

	/**
	 * @return a query that hands the exporter each of the rows
	 */
	@SafeVarargs
	public static <T> ActionableDynamicQuery queryOf(T... rows) throws Exception {
		ActionableDynamicQuery actionableDynamicQuery = mock(
			ActionableDynamicQuery.class);

		AtomicReference<ActionableDynamicQuery.PerformActionMethod<T>>
			performActionMethod = new AtomicReference<>();

		doAnswer(
			invocation -> {
				performActionMethod.set(invocation.getArgument(0));

				return null;
			}
		).when(
			actionableDynamicQuery
		).setPerformActionMethod(
			any()
		);
		doAnswer(
			invocation -> {
				for (T row : rows) {
					performActionMethod.get(
					).performAction(
						row
					);
				}

				return null;
			}
		).when(
			actionableDynamicQuery
		).performActions();

		return actionableDynamicQuery;
	}

	private ExportedRows() {
	}

}
