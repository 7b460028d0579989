package se.livsviktig.platform.deploy.harness;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the portal reads from an app's built jars at deploy time, checked for every bundle of the app (T2d). An
 * app's {@code -test} module gets all of it with one small class that names the app:
 * <pre>class TrainingDeployReadingIT extends DeployReadingChecks { TrainingDeployReadingIT() { super("training"); } }</pre>
 * The lists checked are derived from the jars (action-key constants, permission registrations,
 * {@code @Meta.OCD} interfaces), never copied by hand. An app that {@code build/deploy.sh} does not deploy yet
 * says so: {@code super("instructor", DeployScriptExpectation.REFUSES_UNTIL_RELEASED)}.
 *
 * @author Livsviktig
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeployReadingChecks
	implements ConfigurationChecks, DeployScriptChecks, LanguageFileChecks,
			   PermissionResourceChecks {

	@Override
	public AppJars appJars() {
		return _appJars;
	}

	@Override
	public DeployScriptExpectation deployScriptExpectation() {
		return _deployScriptExpectation;
	}

	protected DeployReadingChecks(String app) {
		this(app, DeployScriptExpectation.DEPLOYS);
	}

	/**
	 * @param deployScriptExpectation whether build/deploy.sh deploys the app or refuses it until it is released
	 */
	protected DeployReadingChecks(
		String app, DeployScriptExpectation deployScriptExpectation) {

		_app = app;
		_deployScriptExpectation = deployScriptExpectation;
	}

	@BeforeAll
	void readBuiltJars() throws Exception {
		_appJars = AppJars.read(_app);
	}

	private final String _app;
	private AppJars _appJars;
	private final DeployScriptExpectation _deployScriptExpectation;

}
