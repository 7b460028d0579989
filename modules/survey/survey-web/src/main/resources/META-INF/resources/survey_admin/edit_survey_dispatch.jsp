<%@ include file="/init.jsp" %>

<%
SurveyDispatchFormDisplayContext surveyDispatchFormDisplayContext = (SurveyDispatchFormDisplayContext)request.getAttribute(SurveyWebKeys.SURVEY_DISPATCH_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = surveyDispatchFormDisplayContext.getFieldErrors();

String target = surveyDispatchFormDisplayContext.getTarget();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin livsviktig-edit-survey-dispatch">
	<h1><liferay-ui:message key="<%= surveyDispatchFormDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(surveyDispatchFormDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<input name="<portlet:namespace />surveyId" type="hidden" value="<%= surveyDispatchFormDisplayContext.getSurveyId() %>" />
		<input name="<portlet:namespace />surveyDispatchId" type="hidden" value="<%= surveyDispatchFormDisplayContext.getSurveyDispatchId() %>" />

		<clay:sheet>
			<clay:sheet-section>
				<fieldset class="form-group">
					<legend class="h5"><liferay-ui:message key="send-to" /></legend>

					<div class="custom-control custom-radio">
						<input <%= SurveyDispatchFormDisplayContext.TARGET_METHOD.equals(target) ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />targetMethod" name="<portlet:namespace />target" type="radio" value="<%= SurveyDispatchFormDisplayContext.TARGET_METHOD %>" />

						<label class="custom-control-label" for="<portlet:namespace />targetMethod"><liferay-ui:message key="the-participants-of-a-training-method" /></label>
					</div>

					<div class="form-group ml-4">
						<label for="<portlet:namespace />methodId"><liferay-ui:message key="training-method" /></label>

						<select class="form-control" id="<portlet:namespace />methodId" name="<portlet:namespace />methodId">
							<option value="0"><liferay-ui:message key="choose-a-training-method" /></option>

							<%
							for (SessionOption methodOption : surveyDispatchFormDisplayContext.getMethodOptions()) {
							%>

								<option <%= methodOption.isChecked() ? "selected" : "" %> value="<%= methodOption.getCourseSessionId() %>"><%= HtmlUtil.escape(methodOption.getLabel()) %></option>

							<%
							}
							%>

						</select>
					</div>

					<div class="custom-control custom-radio">
						<input <%= SurveyDispatchFormDisplayContext.TARGET_SESSIONS.equals(target) ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />targetSessions" name="<portlet:namespace />target" type="radio" value="<%= SurveyDispatchFormDisplayContext.TARGET_SESSIONS %>" />

						<label class="custom-control-label" for="<portlet:namespace />targetSessions"><liferay-ui:message key="the-participants-of-chosen-sessions" /></label>
					</div>

					<fieldset class="form-group ml-4">
						<legend class="h6"><liferay-ui:message key="sessions" /></legend>

						<%
						List<SessionOption> sessionOptions = surveyDispatchFormDisplayContext.getSessionOptions();

						if (sessionOptions.isEmpty()) {
						%>

							<p><liferay-ui:message key="the-site-has-no-published-sessions" /></p>

						<%
						}

						for (SessionOption sessionOption : sessionOptions) {
						%>

							<div class="custom-control custom-checkbox">
								<input <%= sessionOption.isChecked() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />courseSession<%= sessionOption.getCourseSessionId() %>" name="<portlet:namespace />courseSessionIds" type="checkbox" value="<%= sessionOption.getCourseSessionId() %>" />

								<label class="custom-control-label" for="<portlet:namespace />courseSession<%= sessionOption.getCourseSessionId() %>"><%= HtmlUtil.escape(sessionOption.getLabel()) %></label>
							</div>

						<%
						}
						%>

					</fieldset>
				</fieldset>

				<fieldset class="form-group">
					<legend class="h5"><liferay-ui:message key="when" /></legend>

					<%
					for (Option option : surveyDispatchFormDisplayContext.getTriggerOptions()) {
					%>

						<div class="custom-control custom-radio">
							<input <%= option.isSelected() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />triggerType<%= option.getValue() %>" name="<portlet:namespace />triggerType" type="radio" value="<%= option.getValue() %>" />

							<label class="custom-control-label" for="<portlet:namespace />triggerType<%= option.getValue() %>"><liferay-ui:message key="<%= option.getLabelKey() %>" /></label>
						</div>

					<%
					}
					%>

					<div class="form-group mt-2">
						<label for="<portlet:namespace />delayDays"><liferay-ui:message key="days-after" /></label>

						<input class="form-control" id="<portlet:namespace />delayDays" min="0" name="<portlet:namespace />delayDays" type="number" value="<%= surveyDispatchFormDisplayContext.getDelayDays() %>" />
					</div>
				</fieldset>

				<div class="form-group">
					<label for="<portlet:namespace />windowStartDate"><liferay-ui:message key="invite-those-who-completed-from" /></label>

					<input class="form-control" id="<portlet:namespace />windowStartDate" name="<portlet:namespace />windowStartDate" type="date" value="<%= HtmlUtil.escapeAttribute(surveyDispatchFormDisplayContext.getWindowStartDate()) %>" />
				</div>

				<div class="form-group">
					<label for="<portlet:namespace />closeDate"><liferay-ui:message key="closes-on" /></label>

					<input class="form-control" id="<portlet:namespace />closeDate" name="<portlet:namespace />closeDate" type="date" value="<%= HtmlUtil.escapeAttribute(surveyDispatchFormDisplayContext.getCloseDate()) %>" />
				</div>

				<fieldset class="form-group">
					<legend class="h5"><liferay-ui:message key="reminders" /></legend>

					<div class="form-group">
						<label for="<portlet:namespace />reminderIntervalDays"><liferay-ui:message key="days-between-reminders" /></label>

						<input class="form-control" id="<portlet:namespace />reminderIntervalDays" min="0" name="<portlet:namespace />reminderIntervalDays" type="number" value="<%= surveyDispatchFormDisplayContext.getReminderIntervalDays() %>" />
					</div>

					<div class="form-group">
						<label for="<portlet:namespace />maxReminders"><liferay-ui:message key="reminders-at-most" /></label>

						<input class="form-control" id="<portlet:namespace />maxReminders" min="0" name="<portlet:namespace />maxReminders" type="number" value="<%= surveyDispatchFormDisplayContext.getMaxReminders() %>" />
					</div>
				</fieldset>

				<c:if test="<%= !surveyDispatchFormDisplayContext.isNew() %>">
					<div class="form-group">
						<label for="<portlet:namespace />status"><liferay-ui:message key="status" /></label>

						<select class="form-control" id="<portlet:namespace />status" name="<portlet:namespace />status">

							<%
							for (Option option : surveyDispatchFormDisplayContext.getStatusOptions()) {
							%>

								<option <%= option.isSelected() ? "selected" : "" %> value="<%= option.getValue() %>"><liferay-ui:message key="<%= option.getLabelKey() %>" /></option>

							<%
							}
							%>

						</select>
					</div>
				</c:if>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(surveyDispatchFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
