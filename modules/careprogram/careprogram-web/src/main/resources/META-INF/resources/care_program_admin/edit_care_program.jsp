<%@ include file="/init.jsp" %>

<%
CareProgramFormDisplayContext careProgramFormDisplayContext = (CareProgramFormDisplayContext)request.getAttribute(CareProgramWebKeys.CARE_PROGRAM_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = careProgramFormDisplayContext.getFieldErrors();

FieldError fieldError = null;
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<h2><liferay-ui:message key='<%= careProgramFormDisplayContext.isNew() ? "add-programme" : "edit-programme" %>' /></h2>

	<%@ include file="/shared/error_summary.jspf" %>

	<%
	String successMessageKey = careProgramFormDisplayContext.getSuccessMessageKey();
	%>

	<%@ include file="/shared/success_message.jspf" %>

	<c:if test="<%= !careProgramFormDisplayContext.hasTargetGroupVocabulary() %>">
		<clay:alert displayType="info">
			<p><liferay-ui:message key="the-site-has-no-target-group-vocabulary-yet" /></p>

			<form action="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getAddTargetGroupVocabularyURL()) %>" method="post">
				<input name="<portlet:namespace />careProgramId" type="hidden" value="<%= careProgramFormDisplayContext.getCareProgramId() %>" />

				<button class="btn btn-secondary btn-sm" type="submit"><liferay-ui:message key="add-the-target-group-vocabulary" /></button>
			</form>
		</clay:alert>
	</c:if>

	<form action="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getActionURL()) %>" method="post">
		<input name="<portlet:namespace />careProgramId" type="hidden" value="<%= careProgramFormDisplayContext.getCareProgramId() %>" />
		<input name="<portlet:namespace />submitted" type="hidden" value="true" />

		<clay:sheet>
			<clay:sheet-section>
				<h3 class="sheet-subtitle"><liferay-ui:message key="programme" /></h3>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("titleSv");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />titleSv"><liferay-ui:message key="title-in-swedish" /> <span class="reference-mark text-warning"><liferay-ui:message key="required" /></span></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "titleSvError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />titleSv" maxlength="255" name="<portlet:namespace />titleSv" required type="text" value="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getTitleSv()) %>" />

					<%@ include file="/shared/field_error.jspf" %>
				</div>

				<div class="form-group">
					<label for="<portlet:namespace />titleEn"><liferay-ui:message key="title-in-english" /></label>

					<input class="form-control" id="<portlet:namespace />titleEn" maxlength="255" name="<portlet:namespace />titleEn" type="text" value="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getTitleEn()) %>" />
				</div>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("articleResourcePrimKey");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />articleResourcePrimKey"><liferay-ui:message key="summary-article-id" /></label>

					<input aria-describedby="<portlet:namespace />articleResourcePrimKeyHelp<%= (fieldError != null) ? " " + renderResponse.getNamespace() + "articleResourcePrimKeyError" : "" %>" <%= (fieldError != null) ? "aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />articleResourcePrimKey" inputmode="numeric" name="<portlet:namespace />articleResourcePrimKey" type="text" value="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getArticleResourcePrimKey()) %>" />

					<p class="form-text" id="<portlet:namespace />articleResourcePrimKeyHelp"><liferay-ui:message key="summary-article-id-help" /></p>

					<%@ include file="/shared/field_error.jspf" %>
				</div>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("nationalURL");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />nationalURL"><liferay-ui:message key="national-link" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "nationalURLError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />nationalURL" maxlength="2000" name="<portlet:namespace />nationalURL" type="url" value="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getNationalURL()) %>" />

					<%@ include file="/shared/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<clay:sheet-section>
				<h3 class="sheet-subtitle"><liferay-ui:message key="review" /></h3>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("ownerEmailAddress");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />ownerEmailAddress"><liferay-ui:message key="owner-email-address" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "ownerEmailAddressError\" aria-invalid=\"true\"" : "" %> autocomplete="off" class="form-control" id="<portlet:namespace />ownerEmailAddress" name="<portlet:namespace />ownerEmailAddress" type="email" value="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getOwnerEmailAddress()) %>" />

					<c:if test="<%= !careProgramFormDisplayContext.isNew() %>">
						<a class="btn btn-link px-0" href="<%= HtmlUtil.escapeHREF(careProgramFormDisplayContext.getPickOwnerURL()) %>"><liferay-ui:message key="choose-the-owner-among-the-people" /></a>
					</c:if>

					<%@ include file="/shared/field_error.jspf" %>
				</div>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("reviewIntervalMonths");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />reviewIntervalMonths"><liferay-ui:message key="review-interval-in-months" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "reviewIntervalMonthsError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />reviewIntervalMonths" max="60" min="1" name="<portlet:namespace />reviewIntervalMonths" type="number" value="<%= HtmlUtil.escapeAttribute(careProgramFormDisplayContext.getReviewIntervalMonths()) %>" />

					<%@ include file="/shared/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<clay:sheet-section>
				<h3 class="sheet-subtitle"><liferay-ui:message key="target-groups-methods-and-contacts" /></h3>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("targetGroupCategoryIds");
				%>

				<fieldset <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "targetGroupCategoryIdsError\"" : "" %> class="form-group<%= (fieldError != null) ? " has-error" : "" %>" id="<portlet:namespace />targetGroupCategoryIds">
					<legend class="h4"><liferay-ui:message key="target-groups" /></legend>

					<c:choose>
						<c:when test="<%= !careProgramFormDisplayContext.hasTargetGroupVocabulary() %>">
							<p class="text-secondary"><liferay-ui:message key="no-target-groups-until-the-vocabulary-is-added" /></p>
						</c:when>
						<c:when test="<%= careProgramFormDisplayContext.getTargetGroupOptions().isEmpty() %>">
							<p class="text-secondary"><liferay-ui:message key="the-target-group-vocabulary-has-no-categories-yet" /></p>
						</c:when>
						<c:otherwise>

							<%
							List<Option> checkboxOptions = careProgramFormDisplayContext.getTargetGroupOptions();
							String checkboxName = "targetGroupCategoryIds";
							%>

							<%@ include file="/shared/checkbox_options.jspf" %>
						</c:otherwise>
					</c:choose>

					<%@ include file="/shared/field_error.jspf" %>
				</fieldset>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("methodIds");
				%>

				<fieldset <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "methodIdsError\"" : "" %> class="form-group<%= (fieldError != null) ? " has-error" : "" %>" id="<portlet:namespace />methodIds">
					<legend class="h4"><liferay-ui:message key="training-methods" /></legend>

					<%
					List<Option> checkboxOptions = careProgramFormDisplayContext.getMethodOptions();
					String checkboxName = "methodIds";
					%>

					<%@ include file="/shared/checkbox_options.jspf" %>

					<%@ include file="/shared/field_error.jspf" %>
				</fieldset>

				<%
				fieldError = careProgramFormDisplayContext.getFieldError("contactEmailAddresses");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />contactEmailAddresses"><liferay-ui:message key="contacts-email-addresses" /></label>

					<textarea aria-describedby="<portlet:namespace />contactEmailAddressesHelp<%= (fieldError != null) ? " " + renderResponse.getNamespace() + "contactEmailAddressesError" : "" %>" <%= (fieldError != null) ? "aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />contactEmailAddresses" name="<portlet:namespace />contactEmailAddresses" rows="3"><%= HtmlUtil.escape(careProgramFormDisplayContext.getContactEmailAddresses()) %></textarea>

					<p class="form-text" id="<portlet:namespace />contactEmailAddressesHelp"><liferay-ui:message key="contacts-email-addresses-help" /></p>

					<c:if test="<%= !careProgramFormDisplayContext.isNew() %>">
						<a class="btn btn-link px-0" href="<%= HtmlUtil.escapeHREF(careProgramFormDisplayContext.getPickContactURL()) %>"><liferay-ui:message key="add-a-contact-among-the-people" /></a>
					</c:if>

					<%@ include file="/shared/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(careProgramFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
