package se.livsviktig.instructor.test.deploy;

import se.livsviktig.platform.deploy.harness.DeployReadingChecks;
import se.livsviktig.platform.deploy.harness.DeployScriptExpectation;

/**
 * T2d for the instructor app: what the portal reads from the built instructor jars at deploy time (resource
 * actions through portlet.properties, the Permissions screen's names in both languages, Language files). The app
 * is not released: build/deploy.sh refuses it until its pages exist, since its qualification check would
 * otherwise refuse every instructor while nobody can enter a certification.
 *
 * @author Livsviktig
 */
class InstructorDeployReadingIT extends DeployReadingChecks {

	InstructorDeployReadingIT() {
		super("instructor", DeployScriptExpectation.REFUSES_UNTIL_RELEASED);
	}

}
