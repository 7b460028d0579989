package se.livsviktig.instructor.internal.directory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.directory.InstructorDirectoryEntry;

/**
 * A page of the instructor directory: one entry per person in the page's order (by name, as the database sorted
 * them), each method once, each organisation once in the database's order, a person without an organisation
 * kept.
 *
 * @author Livsviktig
 */
public class InstructorDirectoryRowsTest {

	@Test
	public void eachPersonOnceInThePagesOrderWithEveryMethodAndOrganisationOnce() {
		InstructorDirectoryRows instructorDirectoryRows =
			new InstructorDirectoryRows(
				List.of(
					new Object[] {302L, "Björn", null, "Andersson"},
					new Object[] {301L, "Anna", "Maria", "Svensson"}));

		assertArrayEquals(
			new Long[] {302L, 301L}, instructorDirectoryRows.getUserIds());

		List<InstructorDirectoryEntry> entries = instructorDirectoryRows.fold(
			List.of(
				new Object[] {301L, 1L, "Umeå kommun"},
				new Object[] {301L, 1L, "Östersunds kommun"},
				new Object[] {301L, 2L, "Umeå kommun"},
				new Object[] {301L, 2L, "Östersunds kommun"},
				new Object[] {302L, 2L, null}));

		assertEquals(
			List.of(
				new InstructorDirectoryEntry(
					302, "Björn Andersson", List.of(), List.of(2L)),
				new InstructorDirectoryEntry(
					301, "Anna Maria Svensson",
					List.of("Umeå kommun", "Östersunds kommun"),
					List.of(1L, 2L))),
			entries);
	}

	@Test
	public void anEmptyPageHasNobodyToAskDetailsFor() {
		InstructorDirectoryRows instructorDirectoryRows =
			new InstructorDirectoryRows(List.of());

		assertEquals(true, instructorDirectoryRows.isEmpty());
		assertEquals(List.of(), instructorDirectoryRows.fold(List.of()));
	}

}
