package se.livsviktig.training.test.osgi;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import se.livsviktig.platform.osgi.harness.PortalFramework;

/**
 * The training bundles installed and started in the shared framework, with doubles for every portal service
 * they reference (the Calendar app's only where the framework has the Calendar packages). Set up once for all
 * test classes, since they share the framework.
 *
 * @author Livsviktig
 */
final class TrainingPortal {

	static synchronized TrainingPortal in(PortalFramework portalFramework)
		throws BundleException, PortalException {

		if ((_trainingPortal == null) ||
			(_trainingPortal.portalFramework != portalFramework)) {

			_trainingPortal = new TrainingPortal(portalFramework);
		}

		return _trainingPortal;
	}

	Bundle bundle(String symbolicName) {
		return bundles.stream()
			.filter(bundle -> symbolicName.equals(bundle.getSymbolicName()))
			.findFirst()
			.orElseThrow();
	}

	final List<Bundle> bundles;
	final CalendarServiceDoubles calendarServiceDoubles;
	final PortalFramework portalFramework;
	final PortalServiceDoubles portalServiceDoubles;

	private TrainingPortal(PortalFramework portalFramework)
		throws BundleException, PortalException {

		this.portalFramework = portalFramework;

		portalServiceDoubles = new PortalServiceDoubles();

		portalServiceDoubles.register(portalFramework.doubles());

		calendarServiceDoubles = new CalendarServiceDoubles();

		if (portalFramework.exportsPackage(
				CalendarServiceDoubles.CALENDAR_SERVICE_PACKAGE)) {

			calendarServiceDoubles.register(portalFramework.doubles());
		}

		bundles = portalFramework.installAndStart(TrainingBundles.jars());
	}

	private static TrainingPortal _trainingPortal;

}
