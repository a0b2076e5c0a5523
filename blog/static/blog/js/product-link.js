/**
 * Draftail "Product link": lets editors link text to a product chosen in the product chooser.
 * Stored as <a linktype="product" id="42">; the site resolves the product's current URL when rendering.
 * Built on Wagtail's own ModalWorkflowSource and TooltipEntity, like its document link.
 */
(() => {
  const React = window.React;
  const { ModalWorkflowSource, TooltipEntity, registerPlugin } = window.draftail;
  const { Icon } = window.wagtail.components;

  class ProductLinkSource extends ModalWorkflowSource {
    getChooserConfig() {
      return {
        url: this.props.entityType.chooserUrls.productChooser,
        urlParams: {},
        onload: window.CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: { chosen: this.onChosen },
      };
    }

    filterEntityData(data) {
      return { id: data.id, title: data.title, url: data.url };
    }
  }

  const ProductLink = (props) => {
    const { entityKey, contentState } = props;
    const data = contentState.getEntity(entityKey).getData();
    return React.createElement(TooltipEntity, {
      ...props,
      icon: React.createElement(Icon, { name: 'tag' }),
      label: data.title || data.url || '',
      url: data.url || null,
    });
  };

  registerPlugin({ type: 'PRODUCT_LINK', source: ProductLinkSource, decorator: ProductLink }, 'entityTypes');
})();
