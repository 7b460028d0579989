<%@ include file="/init.jsp" %>

<clay:container-fluid>
	<h2 class="sr-only"><liferay-ui:message key="error" /></h2>

	<c:choose>
		<c:when test="<%= SessionErrors.contains(renderRequest, PrincipalException.getNestedClasses()) %>">
			<clay:alert displayType="danger">
				<liferay-ui:message key="you-do-not-have-permission-to-see-these-figures" />
			</clay:alert>
		</c:when>
		<c:when test="<%= SessionErrors.contains(renderRequest, NoSuchReportFreezeException.class) %>">
			<clay:alert displayType="danger">
				<liferay-ui:message key="the-freeze-could-not-be-found" />
			</clay:alert>
		</c:when>
		<c:otherwise>
			<clay:alert displayType="danger">
				<liferay-ui:message key="something-went-wrong-try-again" />
			</clay:alert>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
