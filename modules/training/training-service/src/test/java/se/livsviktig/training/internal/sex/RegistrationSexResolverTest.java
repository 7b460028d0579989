package se.livsviktig.training.internal.sex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.expando.kernel.model.ExpandoBridge;
import com.liferay.portal.kernel.model.Contact;
import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;

/**
 * @author Livsviktig
 */
public class RegistrationSexResolverTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(_user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_user.getExpandoBridge()).thenReturn(_expandoBridge);
		when(
			_trainingCompanySettings.get(_COMPANY_ID)
		).thenReturn(
			_trainingCompanyConfiguration
		);
		when(_trainingCompanyConfiguration.sexCustomFieldName()).thenReturn("");

		Fields.set(
			_resolver, "_trainingCompanySettings", _trainingCompanySettings);
	}

	@Test
	public void withoutACustomFieldAFemaleContactIsFemale() throws Exception {
		_contact(false);

		assertEquals(RegistrationSexes.FEMALE, _resolver.resolve(_user));
	}

	@Test
	public void withoutACustomFieldAMaleContactIsMale() throws Exception {
		_contact(true);

		assertEquals(RegistrationSexes.MALE, _resolver.resolve(_user));
	}

	@Test
	public void withoutACustomFieldAPersonWithoutAContactIsUnknown()
		throws Exception {

		when(_user.getContact()).thenReturn(null);

		assertEquals(RegistrationSexes.UNKNOWN, _resolver.resolve(_user));
	}

	@Test
	public void theCustomFieldIsMappedAndTheContactIgnored() throws Exception {
		_contact(true);
		_customField(" kön ", "K=female,M=male");

		when(_expandoBridge.getAttribute("kön", false)).thenReturn("K");

		assertEquals(RegistrationSexes.FEMALE, _resolver.resolve(_user));
	}

	@Test
	public void anEmptyCustomFieldIsUnknownWhateverTheContactSays()
		throws Exception {

		_contact(true);
		_customField("kön", "K=female,M=male");

		when(_expandoBridge.getAttribute("kön", false)).thenReturn("");

		assertEquals(RegistrationSexes.UNKNOWN, _resolver.resolve(_user));
	}

	@Test
	public void anUnmappedCustomFieldValueIsUnknown() throws Exception {
		_customField("kön", "K=female,M=male");

		when(_expandoBridge.getAttribute("kön", false)).thenReturn("X");

		assertEquals(RegistrationSexes.UNKNOWN, _resolver.resolve(_user));
	}

	private void _contact(boolean male) throws Exception {
		Contact contact = mock(Contact.class);

		when(contact.isMale()).thenReturn(male);
		when(_user.getContact()).thenReturn(contact);
	}

	private void _customField(String name, String values) {
		when(_trainingCompanyConfiguration.sexCustomFieldName()).thenReturn(name);
		when(
			_trainingCompanyConfiguration.sexCustomFieldValues()
		).thenReturn(
			new String[] {values}
		);
	}

	private static final long _COMPANY_ID = 20097;

	private final ExpandoBridge _expandoBridge = mock(ExpandoBridge.class);
	private final RegistrationSexResolver _resolver =
		new RegistrationSexResolver();
	private final TrainingCompanyConfiguration _trainingCompanyConfiguration =
		mock(TrainingCompanyConfiguration.class);
	private final TrainingCompanySettings _trainingCompanySettings = mock(
		TrainingCompanySettings.class);
	private final User _user = mock(User.class);

}
