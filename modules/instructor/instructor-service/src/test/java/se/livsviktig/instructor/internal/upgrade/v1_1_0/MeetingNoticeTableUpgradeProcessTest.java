package se.livsviktig.instructor.internal.upgrade.v1_1_0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl;

/**
 * The step's decisions, with the database replaced by what it answers: the SQL itself runs on PostgreSQL and MariaDB
 * in instructor-test's MeetingNoticeTableUpgradeIT.
 *
 * @author Livsviktig
 */
public class MeetingNoticeTableUpgradeProcessTest {

	@Test
	void aSchemaWithoutTheTableGetsTheTableAndThenItsIndex() throws Exception {
		RecordingStep recordingStep = new RecordingStep(false, false);

		recordingStep.doUpgrade();

		assertEquals(
			List.of(
				MeetingNoticeModelImpl.TABLE_SQL_CREATE,
				MeetingNoticeTableUpgradeProcess.INDEX_SQL_CREATE),
			recordingStep.statements);
	}

	@Test
	void aSchemaWithTheTableAndIndexIsLeftAsItIs() throws Exception {
		RecordingStep recordingStep = new RecordingStep(true, true);

		recordingStep.doUpgrade();

		assertEquals(List.of(), recordingStep.statements);
	}

	@Test
	void aTableLeftWithoutItsIndexGetsOnlyTheIndex() throws Exception {
		RecordingStep recordingStep = new RecordingStep(true, false);

		recordingStep.doUpgrade();

		assertEquals(
			List.of(MeetingNoticeTableUpgradeProcess.INDEX_SQL_CREATE),
			recordingStep.statements);
	}

	@Test
	void theIndexIsTheOneServiceBuilderGenerated() throws Exception {
		String indexesSql = Files.readString(
			Path.of("src/main/resources/META-INF/sql/indexes.sql"),
			StandardCharsets.UTF_8);

		assertTrue(
			indexesSql.contains(
				MeetingNoticeTableUpgradeProcess.INDEX_SQL_CREATE),
			"indexes.sql does not hold " +
				MeetingNoticeTableUpgradeProcess.INDEX_SQL_CREATE);
	}

	private static class RecordingStep extends MeetingNoticeTableUpgradeProcess {

		@Override
		public void runSQLTemplateString(String template, boolean failOnError) {
			assertTrue(failOnError, "a failed statement must fail the upgrade");

			statements.add(template);
		}

		@Override
		protected boolean hasIndex(String tableName, String indexName) {
			assertEquals(MeetingNoticeModelImpl.TABLE_NAME, tableName);
			assertEquals(MeetingNoticeTableUpgradeProcess.INDEX_NAME, indexName);

			return _hasIndex;
		}

		@Override
		protected boolean hasTable(String tableName) {
			assertEquals(MeetingNoticeModelImpl.TABLE_NAME, tableName);

			return _hasTable;
		}

		private RecordingStep(boolean hasTable, boolean hasIndex) {
			_hasTable = hasTable;
			_hasIndex = hasIndex;
		}

		private final boolean _hasIndex;
		private final boolean _hasTable;
		private final List<String> statements = new ArrayList<>();

	}

}
