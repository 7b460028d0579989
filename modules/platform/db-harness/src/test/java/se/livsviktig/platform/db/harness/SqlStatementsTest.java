package se.livsviktig.platform.db.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

	@Test
	void aStatementEndsWhereALineEndsWithASemicolon() {
		List<String> statements = SqlStatements.split(
			"create table A (\n\tid bigint not null primary key,\n\tname varchar(75) null\n);\n\n" +
				"create index IX_1 on A (name);\ncreate unique index IX_2 on A (id, name);\n");

		assertEquals(
			List.of(
				"create table A (\n\tid bigint not null primary key,\n\tname varchar(75) null\n)",
				"create index IX_1 on A (name)", "create unique index IX_2 on A (id, name)"),
			statements);
	}

	@Test
	void blankLinesAndCommentsAreNotStatements() {
		assertEquals(List.of("select 1"), SqlStatements.split("-- a comment\n\n   \nselect 1;\n"));
	}

}
