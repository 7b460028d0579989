package se.livsviktig.platform.osgi.harness;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.GroupLocalServiceUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PortalUtil;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
class KernelUtilBinderTest {

	@Test
	void serviceBuilderUtilIsSetThroughItsStaticSetter() {
		GroupLocalService groupLocalService = InertDoubles.of(
			GroupLocalService.class, "test");

		assertAll(
			() -> assertTrue(
				KernelUtilBinder.bind(
					GroupLocalService.class, groupLocalService)),
			() -> assertSame(
				groupLocalService, GroupLocalServiceUtil.getService()));
	}

	@Test
	void kernelUtilIsSetThroughItsInstanceSetter() {
		Portal portal = InertDoubles.of(Portal.class, "test");

		assertAll(
			() -> assertTrue(KernelUtilBinder.bind(Portal.class, portal)),
			() -> assertSame(portal, PortalUtil.getPortal()));
	}

	@Test
	void serviceWithoutUtilIsLeftAlone() {
		assertFalse(
			KernelUtilBinder.bind(
				DataSource.class, InertDoubles.of(DataSource.class, "test")));
	}

}
