<%@ include file="/init.jsp" %>

<%
PersonPickerDisplayContext personPickerDisplayContext = (PersonPickerDisplayContext)request.getAttribute(CareProgramWebKeys.PERSON_PICKER_DISPLAY_CONTEXT);

List<PersonOption> personOptions = personPickerDisplayContext.getPersonOptions();
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(personPickerDisplayContext.getCareProgramTitle()) %>" key="<%= personPickerDisplayContext.getHeadingKey() %>" /></h2>

	<c:if test="<%= personPickerDisplayContext.getErrorKey() != null %>">
		<clay:alert displayType="danger">
			<liferay-ui:message key="<%= personPickerDisplayContext.getErrorKey() %>" />
		</clay:alert>
	</c:if>

	<form action="<%= HtmlUtil.escapeAttribute(personPickerDisplayContext.getSearchAction()) %>" class="mb-3" method="get" role="search">

		<%
		for (Map.Entry<String, String> hiddenParameter : personPickerDisplayContext.getSearchHiddenParameters().entrySet()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

		<%
		}
		%>

		<div class="form-group">
			<label for="<portlet:namespace />keywords"><liferay-ui:message key="search-people" /></label>

			<input aria-describedby="<portlet:namespace />keywordsHelp" class="form-control" id="<portlet:namespace />keywords" name="<portlet:namespace />keywords" type="search" value="<%= HtmlUtil.escapeAttribute(personPickerDisplayContext.getKeywords()) %>" />

			<p class="form-text" id="<portlet:namespace />keywordsHelp"><liferay-ui:message arguments="<%= PeopleSearch.MAX_RESULTS %>" key="search-people-help-x" /></p>
		</div>

		<button class="btn btn-secondary" type="submit"><liferay-ui:message key="search" /></button>
	</form>

	<c:choose>
		<c:when test="<%= !personPickerDisplayContext.isSearched() %>">
		</c:when>
		<c:when test="<%= personOptions.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="nobody-matches-the-search" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="people-found" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="name" /></th>
						<th scope="col"><liferay-ui:message key="email-address" /></th>
						<th scope="col"><liferay-ui:message key="organisations" /></th>
						<th scope="col"><liferay-ui:message key="actions" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (PersonOption personOption : personOptions) {
					%>

						<tr>
							<th scope="row"><%= HtmlUtil.escape(personOption.getFullName()) %></th>
							<td><%= HtmlUtil.escape(personOption.getEmailAddress()) %></td>
							<td><%= HtmlUtil.escape(personOption.getOrganizationNames()) %></td>
							<td>
								<form action="<%= HtmlUtil.escapeAttribute(personPickerDisplayContext.getChooseURL()) %>" method="post">
									<input name="<portlet:namespace />careProgramId" type="hidden" value="<%= personPickerDisplayContext.getCareProgramId() %>" />
									<input name="<portlet:namespace />localRoutineId" type="hidden" value="<%= personPickerDisplayContext.getLocalRoutineId() %>" />
									<input name="<portlet:namespace />role" type="hidden" value="<%= HtmlUtil.escapeAttribute(personPickerDisplayContext.getRole()) %>" />
									<input name="<portlet:namespace />userId" type="hidden" value="<%= personOption.getUserId() %>" />

									<button class="btn btn-primary btn-sm" type="submit"><liferay-ui:message key="choose" /><span class="sr-only"> <%= HtmlUtil.escape(personOption.getFullName()) %></span></button>
								</form>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(personPickerDisplayContext.getBackURL()) %>"><liferay-ui:message key="back" /></a>
</clay:container-fluid>
