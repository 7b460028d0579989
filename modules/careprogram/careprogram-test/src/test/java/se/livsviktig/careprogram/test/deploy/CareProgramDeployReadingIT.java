package se.livsviktig.careprogram.test.deploy;

import se.livsviktig.platform.deploy.harness.DeployReadingChecks;
import se.livsviktig.platform.deploy.harness.DeployScriptExpectation;

/**
 * T2d for the care programme app: what the portal reads from the built careprogram jars at deploy time (resource
 * actions through portlet.properties, the Permissions screen's names in both languages, the settings' metatype and
 * category, Language files), and that build/deploy.sh refuses the app: it is not released until editors can
 * manage programmes and routines on its pages (careprogram-web).
 *
 * @author Livsviktig
 */
class CareProgramDeployReadingIT extends DeployReadingChecks {

	CareProgramDeployReadingIT() {
		super("careprogram", DeployScriptExpectation.REFUSES_UNTIL_RELEASED);
	}

}
