package se.livsviktig.instructor.internal.upgrade.registry;

import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.internal.figures.CertificationHolderStatistics;
import se.livsviktig.instructor.internal.upgrade.v1_1_0.MeetingNoticeTableUpgradeProcess;
import se.livsviktig.instructor.internal.upgrade.v1_1_0.TextColumnsUpgradeProcess;
import se.livsviktig.instructor.internal.upgrade.v1_2_0.CertificationStatisticsUpgradeProcess;

/**
 * Schema 1.0.0 was released without the meeting notices' table; a fresh deploy creates the whole schema from the
 * bundle's META-INF/sql, an instance on 1.0.0 gets the table from the 1.0.0 to 1.1.0 step. Every later schema change
 * adds its step here and raises Liferay-Require-SchemaVersion in bnd.bnd. 1.1.0 to 1.2.0 gives certifications
 * their holder's administration and sex category for the year's figures.
 *
 * @author Livsviktig
 */
@Component(service = UpgradeStepRegistrator.class)
public class InstructorServiceUpgradeStepRegistrator
	implements UpgradeStepRegistrator {

	@Override
	public void register(Registry registry) {
		registry.registerInitialization();

		registry.register(
			"1.0.0", "1.1.0", new MeetingNoticeTableUpgradeProcess(),
			new TextColumnsUpgradeProcess());

		// Existing rows are filled by the rules new certifications are recorded with

		registry.register(
			"1.1.0", "1.2.0",
			new CertificationStatisticsUpgradeProcess(
				_certificationHolderStatistics));
	}

	@Reference
	private CertificationHolderStatistics _certificationHolderStatistics;

}
