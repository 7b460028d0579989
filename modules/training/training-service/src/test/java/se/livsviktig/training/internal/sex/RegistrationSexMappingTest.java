package se.livsviktig.training.internal.sex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationSexes;

/**
 * @author Livsviktig
 */
public class RegistrationSexMappingTest {

	@Test
	public void aMappedValueIsItsCategory() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {"K=female,Kvinna=female,M=male,Man=male"});

		assertEquals(RegistrationSexes.FEMALE, mapping.sexOf("Kvinna"));
		assertEquals(RegistrationSexes.MALE, mapping.sexOf("M"));
	}

	@Test
	public void aValueIsComparedTrimmedAndWithoutRegardToCase() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {" Kvinna = Female "});

		assertEquals(RegistrationSexes.FEMALE, mapping.sexOf("  KVINNA "));
	}

	@Test
	public void anEmptyOrMissingValueIsUnknown() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {"K=female"});

		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf(""));
		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf(null));
		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf(new String[0]));
	}

	@Test
	public void anUnmappedValueIsUnknown() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {"K=female,M=male"});

		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf("X"));
	}

	@Test
	public void aPairNamingNoCategoryIsIgnored() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {"K=kvinna,M=male,Annat,=female"});

		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf("K"));
		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf("Annat"));
		assertEquals(RegistrationSexes.MALE, mapping.sexOf("M"));
		assertEquals(1, mapping.getSexesByValue().size());
	}

	@Test
	public void pairsMayStandOnLinesOfTheirOwn() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {"K=female", "M=male\nOkänd=unknown"});

		assertEquals(RegistrationSexes.FEMALE, mapping.sexOf("K"));
		assertEquals(RegistrationSexes.MALE, mapping.sexOf("M"));
		assertEquals(RegistrationSexes.UNKNOWN, mapping.sexOf("Okänd"));
	}

	@Test
	public void theFirstChosenOptionOfASelectionListCounts() {
		RegistrationSexMapping mapping = RegistrationSexMapping.parse(
			new String[] {"Kvinna=female,Man=male"});

		assertEquals(
			RegistrationSexes.MALE, mapping.sexOf(new String[] {"Man", "Kvinna"}));
	}

	@Test
	public void noSettingMapsNothing() {
		assertEquals(
			RegistrationSexes.UNKNOWN,
			RegistrationSexMapping.parse(null).sexOf("K"));
	}

}
