package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.ZoneOffset;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.exception.ReportFreezeStatusException;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportUnfreezeReasonException;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.persistence.ReportFreezePersistence;

/**
 * The local rules of freezing: the scope is an organisation of the same company, an unfreeze needs a reason and a
 * freeze that is still frozen.
 *
 * @author Livsviktig
 */
class ReportFreezeLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(
			_service, "_organizationLocalService", _organizationLocalService);
		Fields.set(_service, "reportFreezePersistence", _reportFreezePersistence);
		Fields.set(_service, "userLocalService", _userLocalService);

		when(_user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_userLocalService.getUser(_USER_ID)).thenReturn(_user);
	}

	@Test
	void aFreezeOfAnotherCompanysOrganizationIsRefused() throws Exception {
		Organization organization = mock(Organization.class);

		when(organization.getCompanyId()).thenReturn(_COMPANY_ID + 1);
		when(
			_organizationLocalService.fetchOrganization(_ORGANIZATION_ID)
		).thenReturn(
			organization
		);

		assertThrows(
			ReportOrganizationException.class,
			() -> _service.freeze(
				_USER_ID, _GROUP_ID, _PERIOD, _ORGANIZATION_ID, _NOW));

		verify(_reportFreezePersistence, never()).create(anyLong());
	}

	@Test
	void aFreezeOfAnUnknownOrganizationIsRefused() {
		assertThrows(
			ReportOrganizationException.class,
			() -> _service.freeze(
				_USER_ID, _GROUP_ID, _PERIOD, _ORGANIZATION_ID, _NOW));
	}

	@Test
	void anUnfreezeNeedsAReason() throws Exception {
		assertThrows(
			ReportUnfreezeReasonException.class,
			() -> _service.unfreeze(_USER_ID, _REPORT_FREEZE_ID, " ", _NOW));
		assertThrows(
			ReportUnfreezeReasonException.class,
			() -> _service.unfreeze(
				_USER_ID, _REPORT_FREEZE_ID, "x".repeat(4001), _NOW));

		verify(_reportFreezePersistence, never()).update(any());
	}

	@Test
	void onlyAFrozenFreezeCanBeUnfrozen() throws Exception {
		ReportFreeze reportFreeze = mock(ReportFreeze.class);

		when(
			reportFreeze.getStatus()
		).thenReturn(
			ReportConstants.STATUS_UNFROZEN
		);
		when(
			_reportFreezePersistence.findByPrimaryKey(_REPORT_FREEZE_ID)
		).thenReturn(
			reportFreeze
		);

		assertThrows(
			ReportFreezeStatusException.class,
			() -> _service.unfreeze(
				_USER_ID, _REPORT_FREEZE_ID, "Sent in error", _NOW));

		verify(_reportFreezePersistence, never()).update(any());
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final Date _NOW = new Date(1_800_000_000_000L);

	private static final long _ORGANIZATION_ID = 41001;

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2026, ZoneOffset.UTC);

	private static final long _REPORT_FREEZE_ID = 701;

	private static final long _USER_ID = 302;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final ReportFreezePersistence _reportFreezePersistence = mock(
		ReportFreezePersistence.class);
	private final ReportFreezeLocalServiceImpl _service =
		new ReportFreezeLocalServiceImpl();
	private final User _user = mock(User.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
