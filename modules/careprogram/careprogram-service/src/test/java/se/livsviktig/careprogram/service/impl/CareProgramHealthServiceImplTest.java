package se.livsviktig.careprogram.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.AdministrationHealth;
import se.livsviktig.careprogram.service.CareProgramHealthLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * The health overview, allowed and refused.
 *
 * @author Livsviktig
 */
public class CareProgramHealthServiceImplTest {

	@BeforeEach
	public void setUp() {
		_doubles.install();

		Fields.set(_service, "careProgramHealthLocalService", _localService);
		Fields.set(
			_service, "_portletResourcePermission",
			_doubles.portletResourcePermission);
	}

	@AfterEach
	public void tearDown() {
		_doubles.uninstall();
	}

	@Test
	public void theHealthOverviewNeedsManageCareProgramsInTheSite()
		throws Exception {

		_doubles.refuseSite(1, CareProgramActionKeys.MANAGE_CARE_PROGRAMS);

		assertThrows(
			PrincipalException.class,
			() -> _service.getAdministrationHealth(1));
		verifyNoInteractions(_localService);

		when(
			_localService.getAdministrationHealth(2)
		).thenReturn(
			_health
		);

		assertEquals(_health, _service.getAdministrationHealth(2));
	}

	private final RemoteCallerDoubles _doubles = new RemoteCallerDoubles();
	private final List<AdministrationHealth> _health = List.of(
		new AdministrationHealth(501, 4, 3, 2));
	private final CareProgramHealthLocalService _localService = mock(
		CareProgramHealthLocalService.class);
	private final CareProgramHealthServiceImpl _service =
		new CareProgramHealthServiceImpl();

}
