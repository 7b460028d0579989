package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.dao.orm.hibernate.SessionFactoryImpl;
import com.liferay.portal.spring.hibernate.PortalHibernateConfiguration;
import com.liferay.portal.spring.hibernate.PortletHibernateConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hibernate session factories built by the portal's own configuration classes, as the portal builds them: one per
 * service bundle from its META-INF/module-hbm.xml (PortletHibernateConfiguration, MVCC on), and the counter's from
 * the portal's META-INF/counter-hbm.xml (PortalHibernateConfiguration, MVCC off, as hibernate-spring.xml has it).
 */
final class HibernateSessionFactories {

	static SessionFactoryImplementor buildCounterSessionFactory(DataSource dataSource) {
		PortalHibernateConfiguration portalHibernateConfiguration = new PortalHibernateConfiguration();

		portalHibernateConfiguration.setConfigurationResources(new String[] {"META-INF/counter-hbm.xml"});
		portalHibernateConfiguration.setDataSource(dataSource);
		portalHibernateConfiguration.setMvccEnabled(false);

		return _build(portalHibernateConfiguration);
	}

	static SessionFactoryImplementor buildServiceBundleSessionFactory(
		ClassLoader serviceBundleClassLoader, DataSource dataSource) {

		return _build(new PortletHibernateConfiguration(serviceBundleClassLoader, dataSource));
	}

	/**
	 * Liferay's SessionFactory over a Hibernate one: what the generated persistence is given.
	 */
	static SessionFactoryImpl liferaySessionFactory(
		SessionFactoryImplementor sessionFactoryImplementor, ClassLoader classLoader) {

		SessionFactoryImpl sessionFactoryImpl = new SessionFactoryImpl();

		sessionFactoryImpl.setSessionFactoryClassLoader(classLoader);
		sessionFactoryImpl.setSessionFactoryImplementor(sessionFactoryImplementor);

		return sessionFactoryImpl;
	}

	private static SessionFactoryImplementor _build(PortalHibernateConfiguration portalHibernateConfiguration) {
		try {
			portalHibernateConfiguration.afterPropertiesSet();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return (SessionFactoryImplementor)portalHibernateConfiguration.getObject();
	}

	private HibernateSessionFactories() {
	}

}
