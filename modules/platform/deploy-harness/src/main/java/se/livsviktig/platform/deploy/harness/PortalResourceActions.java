package se.livsviktig.platform.deploy.harness;

import com.liferay.portal.configuration.ConfigurationFactoryImpl;
import com.liferay.portal.kernel.configuration.Configuration;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.security.permission.ResourceActionsImpl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The model resources the portal learns from an app's built jars when it starts them, read by the portal's own
 * classes: {@link ConfigurationFactoryImpl} finds a bundle's {@code portlet.properties} (null without one, and
 * then the portal's Spring extender reads nothing), its {@code resource.actions.configs} names the XML, and
 * {@link ResourceActionsImpl#readModelResources} parses it, validated against the portal's DTD. Only
 * {@code Liferay-Service} bundles are read for model resources: a web bundle's {@code portlet.properties} is
 * read by the portlet tracker for portlet resources only (VERIFICATION.md, deploy time). What is not done here:
 * writing the ResourceAction rows ({@code checkResourceActions}), which needs the portal's database.
 *
 * @author Livsviktig
 */
public final class PortalResourceActions {

	public static PortalResourceActions read(List<BuiltBundle> builtBundles)
		throws Exception {

		PortalDeployRuntime.ensureStarted();

		PortalResourceActions portalResourceActions =
			new PortalResourceActions();

		ConfigurationFactoryImpl configurationFactory =
			new ConfigurationFactoryImpl();

		for (BuiltBundle builtBundle : builtBundles) {
			Configuration configuration =
				configurationFactory.getConfiguration(
					builtBundle.classLoader(), "portlet");

			if (configuration == null) {
				continue;
			}

			List<String> sources = Arrays.asList(
				StringUtil.split(
					configuration.get(PropsKeys.RESOURCE_ACTIONS_CONFIGS)));

			portalResourceActions._configs.put(
				builtBundle.symbolicName(), sources);

			if (!builtBundle.isLiferayService()) {
				continue;
			}

			for (String source : sources) {
				portalResourceActions._resourceActions.readModelResources(
					builtBundle.classLoader(), source);
			}
		}

		return portalResourceActions;
	}

	/**
	 * Every action the read model resources support, e.g. {@code ADD_COURSE}, {@code VIEW}.
	 */
	public TreeSet<String> actions() {
		TreeSet<String> actions = new TreeSet<>();

		for (String modelName : modelNames()) {
			actions.addAll(modelResourceActions(modelName));
		}

		return actions;
	}

	public List<String> modelNames() {
		return new ArrayList<>(new TreeSet<>(_resourceActions.getModelNames()));
	}

	public List<String> modelResourceActions(String modelName) {
		return _resourceActions.getModelResourceActions(modelName);
	}

	/**
	 * What a bundle's {@code portlet.properties} names in {@code resource.actions.configs}; empty when the portal
	 * finds no {@code portlet.properties} in it.
	 */
	public Optional<List<String>> resourceActionsConfigs(BuiltBundle builtBundle) {
		return Optional.ofNullable(_configs.get(builtBundle.symbolicName()));
	}

	private PortalResourceActions() {
	}

	private final Map<String, List<String>> _configs = new LinkedHashMap<>();
	private final ResourceActionsImpl _resourceActions = new ResourceActionsImpl();

}
