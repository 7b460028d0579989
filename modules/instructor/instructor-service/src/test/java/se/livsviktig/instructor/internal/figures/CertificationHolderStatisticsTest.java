package se.livsviktig.instructor.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.figures.StatisticalSexResolver;

/**
 * What a certification keeps of its holder for the year's figures: the first of the holder's organisations and
 * training's sex category; nothing to read for a holder who no longer exists.
 *
 * @author Livsviktig
 */
public class CertificationHolderStatisticsTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_certificationHolderStatistics, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(
			_certificationHolderStatistics, "_statisticalSexResolver",
			_statisticalSexResolver);
		Fields.set(
			_certificationHolderStatistics, "_userLocalService",
			_userLocalService);

		when(
			_holder.getUserId()
		).thenReturn(
			_HOLDER_USER_ID
		);
	}

	@Test
	public void aHolderWhoNoLongerExistsIsUnknownInNoAdministration()
		throws Exception {

		Certification certification = _certification();

		_certificationHolderStatistics.copyOnto(certification);

		assertEquals(0, certification.getOrganizationId());
		assertEquals("unknown", certification.getSex());
		verifyNoInteractions(_organizationLocalService, _statisticalSexResolver);
	}

	@Test
	public void aHolderWithoutOrganisationsIsInNoAdministration()
		throws Exception {

		_holderExists(new long[0], "male");

		Certification certification = _certification();

		_certificationHolderStatistics.copyOnto(certification);

		assertEquals(0, certification.getOrganizationId());
		assertEquals("male", certification.getSex());
	}

	@Test
	public void theAdministrationIsTheHoldersFirstOrganisation()
		throws Exception {

		_holderExists(new long[] {40102, 40101}, "female");

		Certification certification = _certification();

		_certificationHolderStatistics.copyOnto(certification);

		assertEquals(40102, certification.getOrganizationId());
		assertEquals("female", certification.getSex());
	}

	private Certification _certification() {
		Certification certification = new CertificationImpl();

		certification.setHolderUserId(_HOLDER_USER_ID);

		return certification;
	}

	private void _holderExists(long[] organizationIds, String sex)
		throws Exception {

		when(
			_userLocalService.fetchUser(_HOLDER_USER_ID)
		).thenReturn(
			_holder
		);
		when(
			_organizationLocalService.getUserOrganizationIds(
				_HOLDER_USER_ID, true)
		).thenReturn(
			organizationIds
		);
		when(
			_statisticalSexResolver.resolve(_holder)
		).thenReturn(
			sex
		);
	}

	private static final long _HOLDER_USER_ID = 301;

	private final CertificationHolderStatistics _certificationHolderStatistics =
		new CertificationHolderStatistics();
	private final User _holder = mock(User.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final StatisticalSexResolver _statisticalSexResolver = mock(
		StatisticalSexResolver.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
