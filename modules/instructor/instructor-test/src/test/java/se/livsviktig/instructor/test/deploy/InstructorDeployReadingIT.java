package se.livsviktig.instructor.test.deploy;

import se.livsviktig.platform.deploy.harness.DeployReadingChecks;
import se.livsviktig.platform.deploy.harness.DeployScriptExpectation;

/**
 * T2d for the instructor app: what the portal reads from the built instructor jars at deploy time (resource
 * actions through portlet.properties, the Permissions screen's names in both languages, Language files), and that
 * build/deploy.sh deploys each of its bundles: the app is released now that coordinators can enter certifications
 * (instructor-web), which its qualification check requires of every instructor.
 *
 * @author Livsviktig
 */
class InstructorDeployReadingIT extends DeployReadingChecks {

	InstructorDeployReadingIT() {
		super("instructor", DeployScriptExpectation.DEPLOYS);
	}

}
