package se.livsviktig.platform.uad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.zip.ZipWriter;

import java.io.File;
import java.io.IOException;

import java.nio.charset.StandardCharsets;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * The bulk export writes each row of the query as one entry named by its primary key, holding the document the
 * caller makes of it for the person who asked, in UTF-8; a row that cannot be written fails the export.
 *
 * @author Livsviktig
 */
public class RowsOfPersonTest {

	@Test
	public void aRowThatCannotBeWrittenFailsTheExport() throws Exception {
		doThrow(
			new IOException("disk full")
		).when(
			_zipWriter
		).addEntry(
			anyString(), any(byte[].class)
		);

		assertThrows(
			PortalException.class,
			() -> RowsOfPerson.export(
				ExportedRows.queryOf(_row(7L)), _zipWriter,
				row -> "<model/>"));
	}

	@Test
	public void eachRowIsOneEntryNamedByItsPrimaryKey() throws Exception {
		File file = new File("export.zip");

		when(
			_zipWriter.getFile()
		).thenReturn(
			file
		);

		assertSame(
			file,
			RowsOfPerson.export(
				ExportedRows.queryOf(_row(7L), _row(8L)), _zipWriter,
				row -> "<model>Åsa " + row.getPrimaryKeyObj() + "</model>"));

		ArgumentCaptor<String> names = ArgumentCaptor.forClass(String.class);
		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		verify(
			_zipWriter, times(2)
		).addEntry(
			names.capture(), bytes.capture()
		);

		assertEquals(
			List.of("7.xml", "8.xml"), names.getAllValues());
		assertArrayEquals(
			"<model>Åsa 8</model>".getBytes(StandardCharsets.UTF_8),
			bytes.getAllValues(
			).get(
				1
			));
	}

	private static Row _row(long primaryKey) {
		Row row = mock(Row.class);

		when(
			row.getPrimaryKeyObj()
		).thenReturn(
			primaryKey
		);

		return row;
	}

	private final ZipWriter _zipWriter = mock(ZipWriter.class);

	private interface Row extends BaseModel<Row> {
	}

}
